import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';

const WIDTH = 640;
const HEIGHT = 480;
const SCALE = 10;
const FRAMES = 10;

/**
 * A Y4M video of a QR code, for Chromium's fake camera
 * (`--use-file-for-fake-video-capture`): black modules on white, luminance only, so that
 * the camera path of the redeem screen is tested without a camera.
 */
export function writeQrVideo(file: string, value: string) {
  const qr = QRCode.create(value, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const quiet = 4;
  const side = (size + 2 * quiet) * SCALE;
  const left = Math.floor((WIDTH - side) / 2);
  const top = Math.floor((HEIGHT - side) / 2);

  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!qr.modules.get(row, col)) continue;
      for (let y = 0; y < SCALE; y++) {
        const start = (top + (row + quiet) * SCALE + y) * WIDTH + left + (col + quiet) * SCALE;
        luma.fill(16, start, start + SCALE);
      }
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(file, Buffer.concat([header, ...Array<Buffer>(FRAMES).fill(frame)]));
}
