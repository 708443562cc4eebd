import Alert from '@mui/material/Alert';
import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { normalizeCode } from './normalize-code';

/** Frames per second fed to the decoder: enough for a hand-held phone, light on the CPU. */
const SCANS_PER_SECOND = 6;

/**
 * Reads the QR code on the employee's phone with the computer's camera. Loaded only when
 * the clerk asks for it (jsqr is its own chunk); stops the camera when it closes.
 */
export function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const translate = useTranslate();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    const scan = () => {
      const element = video.current;
      if (!element || !context || element.readyState < 2) return;
      canvas.width = element.videoWidth;
      canvas.height = element.videoHeight;
      context.drawImage(element, 0, 0);
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      const found = jsQR(image.data, image.width, image.height);
      const code = found ? normalizeCode(found.data) : null;
      if (code) {
        window.clearInterval(timer);
        onCode(code);
      }
    };

    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then((media) => {
        if (stopped) {
          media.getTracks().forEach((track) => track.stop());
          return;
        }
        stream = media;
        if (video.current) {
          video.current.srcObject = media;
          void video.current.play();
        }
        timer = window.setInterval(scan, 1000 / SCANS_PER_SECOND);
      })
      .catch(() => setFailed(true));

    return () => {
      stopped = true;
      window.clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [onCode]);

  if (failed) return <Alert severity="warning">{translate('app.redeem.camera_failed')}</Alert>;
  return (
    <figure style={{ margin: 0 }}>
      <video ref={video} muted playsInline style={{ width: '100%', maxWidth: 360 }} />
      <figcaption>{translate('app.redeem.camera_hint')}</figcaption>
    </figure>
  );
}
