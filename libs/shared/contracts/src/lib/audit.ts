export interface AuditEvent {
  id: string;
  /** ISO 8601, UTC. */
  occurredAt: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Health {
  status: 'ok' | 'error';
  database: 'up' | 'down';
  version: string;
  /** GET /health/ready: the process is shutting down (SIGTERM) and takes no new work. */
  draining?: boolean;
}
