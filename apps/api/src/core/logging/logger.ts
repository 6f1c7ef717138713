import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

/** One JSON line per event (pino), so logs can be shipped and queried as they are. */
export function createRootLogger(level: string): Logger {
  return pino({ level, base: { service: 'stardesk-api' }, timestamp: pino.stdTimeFunctions.isoTime });
}

/** Routes Nest's own messages (module init, route mapping, errors) into the same structured log. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}
