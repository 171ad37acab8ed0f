import net, { type AddressInfo, type Server, type Socket } from 'node:net';

/**
 * How the proxy treats connections:
 * - `open`: forwards bytes both ways to the real server;
 * - `refused`: not listening (a new connection gets ECONNREFUSED, as while the server is down);
 * - `starting`: answers the startup message with FATAL 57P03 "the database system is starting up";
 * - `silent`: accepts and never answers (a network that drops packets; the client's connect timeout ends it).
 */
export type ProxyMode = 'open' | 'refused' | 'starting' | 'silent';

/**
 * A TCP proxy in front of the test's PostgreSQL server that a test can cut and restore, so that a database
 * outage is real for the `pg` driver (refused connections, a server-side FATAL, a silent network) without stopping
 * the server other tests and workers share. Speaks just enough of the wire protocol to send an ErrorResponse.
 */
export class PgProxy {
  private server: Server | null = null;
  private readonly pairs = new Set<{ client: Socket; upstream: Socket | null }>();
  private mode: ProxyMode = 'open';
  private port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  /** Starts listening on a free port of 127.0.0.1; returns the port. */
  async start(): Promise<number> {
    await this.listen();
    return this.port;
  }

  /** `url` with host and port replaced by the proxy's. */
  urlFor(url: string): string {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }

  /** Connections currently open through the proxy. */
  get connections(): number {
    return this.pairs.size;
  }

  /**
   * The server goes down as in a fast shutdown (`pg_ctl stop -m fast`): every open connection receives FATAL
   * 57P01 admin_shutdown and is closed, and the port is no longer listened on.
   */
  async shutdown(): Promise<void> {
    for (const pair of [...this.pairs]) {
      pair.upstream?.destroy();
      pair.client.end(errorResponse('57P01', 'terminating connection due to administrator command'));
    }
    await this.setMode('refused');
  }

  /** Switches the mode of new connections (`refused` stops listening; the others listen again). */
  async setMode(mode: ProxyMode): Promise<void> {
    this.mode = mode;
    if (mode === 'refused') {
      // close() stops listening at once (its callback would wait for the open connections to end).
      this.server?.close();
      this.server = null;
    } else if (!this.server) {
      await this.listen();
    }
  }

  /** Closes everything. */
  async close(): Promise<void> {
    for (const pair of this.pairs) {
      pair.upstream?.destroy();
      pair.client.destroy();
    }
    this.pairs.clear();
    await this.setMode('refused');
  }

  private listen(): Promise<void> {
    const server = net.createServer((client) => this.accept(client));
    return new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => {
        this.port = (server.address() as AddressInfo).port;
        this.server = server;
        resolve();
      });
    });
  }

  private accept(client: Socket): void {
    const pair: { client: Socket; upstream: Socket | null } = { client, upstream: null };
    this.pairs.add(pair);
    client.on('close', () => {
      pair.upstream?.destroy();
      this.pairs.delete(pair);
    });
    client.on('error', () => client.destroy());
    if (this.mode === 'starting') {
      client.once('data', () => client.end(errorResponse('57P03', 'the database system is starting up')));
      return;
    }
    if (this.mode === 'silent') return;
    const upstream = net.connect(this.target.port, this.target.host);
    pair.upstream = upstream;
    upstream.on('error', () => client.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  }
}

/** A PostgreSQL ErrorResponse message with severity FATAL. */
function errorResponse(sqlstate: string, message: string): Buffer {
  const fields = Buffer.concat(
    [
      ['S', 'FATAL'],
      ['V', 'FATAL'],
      ['C', sqlstate],
      ['M', message],
    ]
      .map(([type, value]) => Buffer.from(`${type}${value}\0`, 'utf8'))
      .concat(Buffer.from([0])),
  );
  const header = Buffer.alloc(5);
  header.write('E', 0, 'ascii');
  header.writeInt32BE(4 + fields.length, 1);
  return Buffer.concat([header, fields]);
}
