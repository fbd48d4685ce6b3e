import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON lines on stdout; secrets that may appear in logged objects are redacted by path. */
export function createLogger(level: string, name = 'consign'): Logger {
  return pino({
    name,
    level,
    base: { service: name },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.authorization', 'password', '*.password', 'accessToken', 'refreshToken', '*.accessToken', '*.refreshToken'],
      censor: '[redacted]',
    },
  });
}
