import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Paths that may carry a personal detail or a secret. Code is written not to log them at all;
 * this list is the second line of defence for objects logged whole (requests, errors).
 */
const REDACTED = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.password',
  '*.token',
  '*.idNumber',
  '*.input',
  'input',
  '*.value',
  '*.faceVerificationToken',
  '*.authorization',
  'variables',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'hpf-ecode' },
      redact: { paths: REDACTED, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
