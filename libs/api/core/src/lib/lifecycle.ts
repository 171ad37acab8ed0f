import { Injectable } from '@nestjs/common';

/**
 * The process's place in its life: `draining` from a SIGTERM until it exits (main.ts). Readiness answers 503 and
 * every answer closes its connection while draining.
 */
@Injectable()
export class Lifecycle {
  private drainStarted = false;

  get draining(): boolean {
    return this.drainStarted;
  }

  startDrain(): void {
    this.drainStarted = true;
  }
}
