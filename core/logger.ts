/** Structured JSON log lines (one object per line), as CloudWatch Logs Insights reads them. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  log(level: LogLevel, message: string, fields?: Record<string, unknown>): void;
}

export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

export function createJsonLogger(
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  minimumLevel: LogLevel = 'debug',
): Logger {
  const minimum = LOG_LEVELS.indexOf(minimumLevel);
  return {
    log(level, message, fields = {}) {
      if (LOG_LEVELS.indexOf(level) < minimum) return;
      write(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }));
    },
  };
}
