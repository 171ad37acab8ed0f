import { ConsoleLogger, type ConsoleLoggerOptions, type LogLevel } from '@nestjs/common';
import { systemClock } from '@wk/util';
import { currentContext } from './request-context';

/** Log lines carry the real time (a log collector orders by it), also when WK_TODAY pins the product's day. */
const realTime = systemClock();

/** Where a log line goes: the process's stdout/stderr, or (tests) a function that keeps the lines. */
export type LogSink = (line: string, stream: 'stdout' | 'stderr') => void;

export interface ContextLoggerOptions extends ConsoleLoggerOptions {
  /** `json`: one JSON object per line (LOG_FORMAT=json); `text`: Nest's readable lines (the default). */
  format?: 'text' | 'json';
  sink?: LogSink;
}

/**
 * A structured event: `logger.log({ event: 'sign_in', method: 'oidc', tenantId, userId, result: 'ok' })`. In JSON
 * its fields become fields of the line; in text it is written `sign_in method=oidc tenantId=… …`. Events carry
 * ids, never e-mail addresses or names.
 */
export interface LogEvent {
  event: string;
  [field: string]: string | number | boolean | null | undefined;
}

const JSON_LEVEL: Record<LogLevel, string> = {
  log: 'info',
  error: 'error',
  warn: 'warn',
  debug: 'debug',
  verbose: 'trace',
  fatal: 'fatal',
};

const isEvent = (message: unknown): message is LogEvent =>
  typeof message === 'object' && message !== null && typeof (message as { event?: unknown }).event === 'string';

/**
 * Nest's console logger with the request id, tenant and user of the current request on every line. With
 * LOG_FORMAT=json each line is one JSON object: `time`, `level`, `context`, `msg` (or an event's fields),
 * `requestId`, `tenantId`, `userId`, and `stack` for errors.
 */
export class ContextLogger extends ConsoleLogger {
  private readonly format: 'text' | 'json';
  private readonly sink: LogSink | null;

  constructor(context: string, options: ContextLoggerOptions = {}) {
    const { format = 'text', sink, ...rest } = options;
    super(context, { ...rest, ...(format === 'json' ? { colors: false } : {}) });
    this.format = format;
    this.sink = sink ?? null;
  }

  get json(): boolean {
    return this.format === 'json';
  }

  protected override formatContext(context: string): string {
    const ctx = currentContext();
    const extra = ctx ? ` req=${ctx.requestId}${ctx.tenantId ? ` tenant=${ctx.tenantId}` : ''}` : '';
    return super.formatContext(context) + (extra ? `[${extra.trim()}] ` : '');
  }

  protected override stringifyMessage(message: unknown, logLevel: LogLevel): string {
    if (isEvent(message)) {
      const { event, ...fields } = message;
      const pairs = Object.entries(fields)
        .filter(([, v]) => v !== undefined && v !== null)
        .map(([k, v]) => `${k}=${String(v)}`);
      return this.colorize([event, ...pairs].join(' '), logLevel);
    }
    return super.stringifyMessage(message, logLevel);
  }

  protected override printMessages(
    messages: unknown[],
    context = '',
    logLevel: LogLevel = 'log',
    writeStreamType?: 'stdout' | 'stderr',
    errorStack?: unknown,
  ): void {
    const stream = writeStreamType ?? 'stdout';
    if (this.format === 'json') {
      for (const message of messages) this.write(JSON.stringify(this.jsonLine(message, context, logLevel, errorStack)), stream);
      return;
    }
    if (!this.sink) return super.printMessages(messages, context, logLevel, writeStreamType, errorStack);
    for (const message of messages) {
      const level = logLevel.toUpperCase().padStart(7, ' ');
      const text = this.formatMessage(logLevel, message, this.formatPid(process.pid), level, this.formatContext(context), '');
      this.write(text.trimEnd(), stream);
    }
  }

  protected override printStackTrace(stack: string): void {
    if (this.format === 'json') return; // part of the error's JSON line
    if (this.sink) this.write(stack, 'stderr');
    else super.printStackTrace(stack);
  }

  private jsonLine(message: unknown, context: string, logLevel: LogLevel, errorStack: unknown): Record<string, unknown> {
    const ctx = currentContext();
    const line: Record<string, unknown> = {
      time: realTime.now().toISOString(),
      level: JSON_LEVEL[logLevel],
      ...(context ? { context } : {}),
      ...(ctx ? { requestId: ctx.requestId, tenantId: ctx.tenantId ?? null, userId: ctx.actor?.id ?? null } : {}),
    };
    if (isEvent(message)) return { ...line, ...message };
    let text = typeof message === 'string' ? message : message instanceof Error ? message.message : JSON.stringify(message);
    let stack = typeof errorStack === 'string' ? errorStack : message instanceof Error ? message.stack : undefined;
    // An error logged as its stack (`logger.error(error.stack)`): the first line is the message.
    if (!stack && /\n\s+at /.test(text)) {
      stack = text;
      text = text.split('\n')[0] ?? text;
    }
    return { ...line, msg: text, ...(stack ? { stack } : {}) };
  }

  private write(line: string, stream: 'stdout' | 'stderr'): void {
    if (this.sink) this.sink(line, stream);
    else process[stream].write(`${line}\n`);
  }
}
