import path from 'node:path';

import { redactValue, type RedactOptions } from '@community-connect/kit';
import { winston } from '@strapi/logger';
import DailyRotateFile from 'winston-daily-rotate-file';

import { currentLogContext } from './request-context';

// winston's info objects carry their level and final text under these shared symbols (triple-beam).
const LEVEL = Symbol.for('level');
const MESSAGE = Symbol.for('message');
const SPLAT = Symbol.for('splat');

type Info = winston.Logform.TransformableInfo;

export type LogSettings = {
  level: string;
  format: 'json' | 'pretty';
  /** Daily-rotated JSON files in this directory, besides the console; unset: console only. */
  fileDir?: string;
  fileMaxDays: number;
  keepDevelopmentCodes: boolean;
};

const LEVELS = new Set(Object.keys(winston.config.npm.levels));

type Env = {
  (name: string, fallback?: string): string | undefined;
  int(name: string, fallback?: number): number;
};

/** Reads LOG_LEVEL, LOG_FORMAT, LOG_FILE_DIR and LOG_FILE_MAX_DAYS; a bad value stops start-up with its name. */
export const readLogSettings = (env: Env): LogSettings => {
  const production = env('NODE_ENV') === 'production';
  const level = (env('LOG_LEVEL') || 'info').toLowerCase();
  if (!LEVELS.has(level)) {
    throw new Error(`LOG_LEVEL must be one of ${[...LEVELS].join(', ')} (got "${level}")`);
  }
  const format = (env('LOG_FORMAT') || (production ? 'json' : 'pretty')).toLowerCase();
  if (format !== 'json' && format !== 'pretty') {
    throw new Error(`LOG_FORMAT must be "json" or "pretty" (got "${format}")`);
  }
  const fileMaxDays = env.int('LOG_FILE_MAX_DAYS', 14);
  if (!Number.isInteger(fileMaxDays) || fileMaxDays < 1) {
    throw new Error(`LOG_FILE_MAX_DAYS must be a whole number of days, at least 1 (got "${env('LOG_FILE_MAX_DAYS')}")`);
  }
  return {
    level,
    format,
    fileDir: env('LOG_FILE_DIR') || undefined,
    fileMaxDays,
    // The `log` SMS provider is refused in production; only there may its lines keep the code.
    keepDevelopmentCodes: !production,
  };
};

/**
 * `strapi.log.error(error)` hands winston the Error itself, whose message and stack are not
 * enumerable: turn it into a plain line that keeps them.
 */
const normaliseErrors = winston.format((info) => {
  if (!(info instanceof Error)) return info;
  const plain: Info = { ...(info as unknown as Info), message: info.message, stack: info.stack };
  if (info.name && info.name !== 'Error') plain.errorName = info.name;
  return plain;
});

/** Every line written while a request is served carries its id, and who acts where when known. */
const addRequestContext = winston.format((info) => {
  const context = currentLogContext();
  if (!context) return info;
  for (const [key, value] of Object.entries(context)) {
    if (value !== undefined && info[key] === undefined) info[key] = value;
  }
  return info;
});

/** Copies the line through the redaction, keeping winston's symbols (level, splat). */
export const redactFormat = winston.format((info, options) => {
  const redacted = redactValue({ ...info }, (options ?? {}) as RedactOptions) as Info;
  redacted[LEVEL] = info[LEVEL];
  // Splat arguments are already merged into the line; the raw copies must not reach a formatter.
  delete redacted[SPLAT as unknown as string];
  return redacted;
});

const jsonLine = () => winston.format.combine(winston.format.timestamp(), winston.format.json());

const CONTEXT_ORDER = ['requestId', 'method', 'route', 'status', 'durationMs'];

const prettyLine = (colors: boolean) =>
  winston.format.combine(
    winston.format.timestamp({ format: 'YYYY-MM-DD HH:mm:ss.SSS' }),
    ...(colors ? [winston.format.colorize()] : []),
    winston.format.printf((info) => {
      const { level, message, timestamp, stack, ...rest } = info as Info & { timestamp?: string; stack?: string };
      const fields = Object.entries(rest)
        .filter(([key]) => typeof key === 'string')
        .sort(([a], [b]) => {
          const rank = (key: string) => (CONTEXT_ORDER.includes(key) ? CONTEXT_ORDER.indexOf(key) : CONTEXT_ORDER.length);
          return rank(a) - rank(b);
        })
        .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
      const text = typeof message === 'string' ? message : JSON.stringify(message);
      return `[${timestamp}] ${level}: ${text}${fields.length ? ` ${fields.join(' ')}` : ''}${stack ? `\n${stack}` : ''}`;
    })
  );

/** Normalise, add the request context, redact: the steps every line passes before it is written. */
export const lineFormat = (settings: Pick<LogSettings, 'keepDevelopmentCodes'>) =>
  winston.format.combine(
    normaliseErrors(),
    addRequestContext(),
    redactFormat({ keepDevelopmentCodes: settings.keepDevelopmentCodes })
  );

/** The options Strapi hands to winston.createLogger (config/logger.ts). */
export const createLoggerOptions = (settings: LogSettings): winston.LoggerOptions => {
  const transports: winston.transport[] = [
    new winston.transports.Console({ format: settings.format === 'json' ? jsonLine() : prettyLine(process.stdout.isTTY === true) }),
  ];
  if (settings.fileDir) {
    transports.push(
      new DailyRotateFile({
        dirname: path.resolve(settings.fileDir),
        filename: 'community-connect-%DATE%.log',
        datePattern: 'YYYY-MM-DD',
        maxFiles: `${settings.fileMaxDays}d`,
        // Files are for machines: always JSON lines, whatever the console shows.
        format: jsonLine(),
      })
    );
  }
  return {
    level: settings.level,
    levels: winston.config.npm.levels,
    format: lineFormat(settings),
    transports,
  };
};

export { MESSAGE as LOG_MESSAGE };
