import pino from 'pino';
import type { DestinationStream, Logger, LevelWithSilent } from 'pino';

export type { Logger } from 'pino';

/** Where log lines go: stderr for commands whose stdout other programs read (`revops sandbox`). */
export type LogDestination = 'stdout' | 'stderr';

// Secrets never reach a log line, whatever object they ride in on.
const redactedPaths = [
  'accessToken', 'refreshToken', 'access_token', 'refresh_token', 'clientSecret', 'client_secret',
  'authorization', 'Authorization', 'password', 'token',
  '*.accessToken', '*.refreshToken', '*.access_token', '*.refresh_token', '*.clientSecret', '*.client_secret',
  '*.authorization', '*.Authorization', '*.password', '*.token',
  'headers.authorization', 'req.headers.authorization',
];

export function createLogger(
  options: { level?: LevelWithSilent; destination?: LogDestination; name?: string; stream?: DestinationStream } = {},
): Logger {
  const fd = options.destination === 'stderr' ? 2 : 1;
  return pino(
    {
      name: options.name ?? 'revops',
      level: options.level ?? 'info',
      redact: { paths: redactedPaths, censor: '[redacted]' },
      base: undefined,
    },
    options.stream ?? pino.destination({ fd, sync: true }),
  );
}

/** A logger that writes nothing: tests and library calls that take a logger but should stay quiet. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
