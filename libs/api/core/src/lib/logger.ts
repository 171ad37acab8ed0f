import { ConsoleLogger } from '@nestjs/common';
import { currentContext } from './request-context';

/** Nest's console logger with the request id and tenant of the current request on every line. */
export class ContextLogger extends ConsoleLogger {
  protected override formatContext(context: string): string {
    const ctx = currentContext();
    const extra = ctx ? ` req=${ctx.requestId}${ctx.tenantId ? ` tenant=${ctx.tenantId}` : ''}` : '';
    return super.formatContext(context) + (extra ? `[${extra.trim()}] ` : '');
  }
}
