import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

export type SignInMethodLabel = 'password' | 'oidc';

/** A job queue whose depth is read at scrape time (null: the queue is not running). */
export type QueueDepthReader = () => Promise<number | null>;

/** How long a scrape waits for a queue's depth before it reports the queue as not answering. */
const QUEUE_READ_TIMEOUT_MS = 1000;

/**
 * The application's Prometheus metrics, in a registry of its own per app instance (the integration tests start
 * several apps in one process: no global registry). Served by GET /api/v1/metrics (MetricsController).
 *
 * - `http_request_duration_seconds{method,route,status}`: every request, by its route template (never the URL).
 * - `wijkkompas_db_pool_connections{state}`: the pg pool behind TypeORM (total, idle, waiting), read at scrape time.
 * - `wijkkompas_view_cache_requests_total{result}`: cached views answered from memory (hit) or computed (miss).
 * - `wijkkompas_job_queue_depth{queue}` / `wijkkompas_job_queue_up{queue}`: jobs waiting, read at scrape time.
 * - `wijkkompas_sign_ins_total{method}`, `wijkkompas_sign_in_failures_total{method,reason}`.
 * - Node's process metrics (`process_*`, `nodejs_*`).
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  readonly viewCache: Counter<'result'>;
  readonly signIns: Counter<'method'>;
  readonly signInFailures: Counter<'method' | 'reason'>;
  private readonly queues = new Map<string, QueueDepthReader>();

  constructor(dataSource: DataSource) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Duration of HTTP requests in seconds, by method, route template and status.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.viewCache = new Counter({
      name: 'wijkkompas_view_cache_requests_total',
      help: 'Requests for a cached view: answered from memory (hit) or computed (miss).',
      labelNames: ['result'],
      registers,
    });
    this.signIns = new Counter({
      name: 'wijkkompas_sign_ins_total',
      help: 'Successful sign-ins, by method (password, oidc).',
      labelNames: ['method'],
      registers,
    });
    this.signInFailures = new Counter({
      name: 'wijkkompas_sign_in_failures_total',
      help: 'Refused sign-ins, by method and reason.',
      labelNames: ['method', 'reason'],
      registers,
    });
    // Start every counter's usual series at 0, so that a rate() over them exists from the first scrape.
    for (const result of ['hit', 'miss']) this.viewCache.inc({ result }, 0);
    for (const method of ['password', 'oidc']) this.signIns.inc({ method }, 0);
    new Gauge({
      name: 'wijkkompas_db_pool_connections',
      help: 'Connections of the database pool: total (open), idle, and waiting (requests queued for a connection).',
      labelNames: ['state'],
      registers,
      collect() {
        const pool = poolOf(dataSource);
        if (!pool) return;
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
    // Both gauges of a scrape share one read of every queue.
    const read = () => this.readQueues();
    new Gauge({
      name: 'wijkkompas_job_queue_up',
      help: 'Whether the job queue answered its depth at this scrape (1) or is not running (0).',
      labelNames: ['queue'],
      registers,
      async collect() {
        this.reset();
        for (const [queue, depth] of await read()) this.set({ queue }, depth === null ? 0 : 1);
      },
    });
    new Gauge({
      name: 'wijkkompas_job_queue_depth',
      help: 'Jobs waiting in the queue (created or to be retried), read at scrape time.',
      labelNames: ['queue'],
      registers,
      async collect() {
        this.reset();
        for (const [queue, depth] of await read()) if (depth !== null) this.set({ queue }, depth);
      },
    });
  }

  /** A job queue whose depth each scrape reads (cheaply: one count). */
  addQueue(name: string, read: QueueDepthReader): void {
    this.queues.set(name, read);
  }

  private reading: Promise<[string, number | null][]> | null = null;

  /** Every queue's depth (null: not running or not answering in time); one read shared by concurrent callers. */
  private readQueues(): Promise<[string, number | null][]> {
    this.reading ??= Promise.all(
      [...this.queues].map(async ([queue, read]): Promise<[string, number | null]> => {
        const depth = await withTimeout(read(), QUEUE_READ_TIMEOUT_MS).catch(() => null);
        return [queue, depth];
      }),
    ).finally(() => {
      this.reading = null;
    });
    return this.reading;
  }

  /** The text a Prometheus server scrapes. */
  async scrape(): Promise<{ contentType: string; text: string }> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }
}

/** The pg pool behind a PostgreSQL DataSource (TypeORM's driver keeps it as `master`). */
function poolOf(dataSource: DataSource): Pool | null {
  if (!dataSource.isInitialized) return null;
  const master = (dataSource.driver as PostgresDriver).master as Pool | undefined;
  return master && typeof master.totalCount === 'number' ? master : null;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
