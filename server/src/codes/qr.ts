import QRCode from 'qrcode';

/** The code value as an SVG QR code; medium error correction survives a cracked phone screen. */
export function qrSvg(value: string): Promise<string> {
  return QRCode.toString(value, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
