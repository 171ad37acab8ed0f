import net from 'node:net';
import { readFile } from 'node:fs/promises';
import { Client } from 'pg';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnavailable } from '@wk/api/core';

/** A port on 127.0.0.1 that nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const rejection = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );

describe('isDatabaseUnavailable', () => {
  it('recognises a refused connection of the pg driver', async () => {
    const client = new Client({ host: '127.0.0.1', port: await closedPort(), user: 'x', database: 'x' });
    const error = await rejection(client.connect());
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('recognises a connect timeout of the pg driver', async () => {
    // A server that accepts and never answers.
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = silent.address() as net.AddressInfo;
      const client = new Client({ host: '127.0.0.1', port, user: 'x', database: 'x', connectionTimeoutMillis: 200 });
      const error = await rejection(client.connect());
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      silent.close();
    }
  });

  it.each([
    ['57P01 admin_shutdown', '57P01'],
    ['57P03 cannot_connect_now', '57P03'],
    ['08006 connection_failure', '08006'],
    ['53300 too_many_connections', '53300'],
  ])('recognises %s wrapped in a TypeORM QueryFailedError', (_name, code) => {
    const driverError = Object.assign(new Error('server says no'), { code });
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT 1', [], driverError))).toBe(true);
  });

  it.each([
    'Connection terminated unexpectedly',
    'Connection terminated due to connection timeout',
    'timeout exceeded when trying to connect',
    'Client has encountered a connection error and is not queryable',
  ])('recognises the message "%s"', (message) => {
    expect(isDatabaseUnavailable(new Error(message))).toBe(true);
  });

  it('recognises a query on a transaction whose connection was lost (TypeORM released its query runner)', () => {
    expect(isDatabaseUnavailable(new QueryRunnerAlreadyReleasedError())).toBe(true);
    expect(isDatabaseUnavailable(new QueryRunnerProviderAlreadyReleasedError())).toBe(true);
  });

  it('recognises an AggregateError of connection attempts (IPv4 and IPv6)', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED', syscall: 'connect' });
    expect(isDatabaseUnavailable(new AggregateError([refused, refused]))).toBe(true);
  });

  it('leaves errors of a query and of other services alone', async () => {
    const unique = Object.assign(new Error('duplicate key'), { code: '23505' });
    const syntax = Object.assign(new Error('syntax error'), { code: '42601' });
    const rls = Object.assign(new Error('new row violates row-level security policy'), { code: '42501' });
    expect(isDatabaseUnavailable(new QueryFailedError('INSERT', [], unique))).toBe(false);
    expect(isDatabaseUnavailable(new QueryFailedError('SELEC', [], syntax))).toBe(false);
    expect(isDatabaseUnavailable(new QueryFailedError('INSERT', [], rls))).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
    // A missing file is not a missing database socket.
    expect(isDatabaseUnavailable(await rejection(readFile('/nonexistent/wijkkompas')))).toBe(false);
    // A failed fetch to another service (an OpenID provider) wraps its socket error in `cause`: not the database.
    const fetchError = await rejection(fetch(`http://127.0.0.1:${await closedPort()}/`));
    expect(isDatabaseUnavailable(fetchError)).toBe(false);
  });
});
