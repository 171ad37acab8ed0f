import { DataSource } from 'typeorm';
import { ConfigError, ContextLogger, loadConfig, Metrics, requestContext } from '@wk/api/core';
import { sameToken } from './metrics.controller';

describe('ContextLogger with LOG_FORMAT=json', () => {
  const capture = () => {
    const lines: { line: string; stream: string }[] = [];
    const logger = new ContextLogger('Test', { format: 'json', sink: (line, stream) => lines.push({ line, stream }) });
    return { logger, lines, parsed: () => lines.map((l) => JSON.parse(l.line) as Record<string, unknown>) };
  };

  it('writes one JSON object per line with time, level, context and the request’s ids', () => {
    const { logger, parsed } = capture();
    const actor = { kind: 'user' as const, id: 'u-1', name: 'Anna Jansen', tenantId: 't-1', role: null, orgUnitIds: [], sessionId: 's' };
    requestContext.run({ requestId: 'r-1', ip: '127.0.0.1', actor, tenantId: 't-1', manager: null }, () => logger.log('hallo'));
    logger.warn('buiten een verzoek', 'Elders');
    expect(parsed()).toEqual([
      { time: expect.stringMatching(/Z$/), level: 'info', context: 'Test', requestId: 'r-1', tenantId: 't-1', userId: 'u-1', msg: 'hallo' },
      { time: expect.any(String), level: 'warn', context: 'Elders', msg: 'buiten een verzoek' },
    ]);
    // The actor's name is never part of a line.
    expect(JSON.stringify(parsed())).not.toContain('Anna');
  });

  it('puts an error’s stack in `stack` (also when the error was logged as its stack) on stderr', () => {
    const { logger, lines, parsed } = capture();
    const error = new Error('kapot');
    logger.error(error.stack ?? '');
    logger.error('mislukt', error.stack ?? '');
    expect(parsed()).toEqual([
      expect.objectContaining({ level: 'error', msg: 'Error: kapot', stack: error.stack }),
      expect.objectContaining({ level: 'error', msg: 'mislukt', stack: error.stack }),
    ]);
    expect(lines.map((l) => l.stream)).toEqual(['stderr', 'stderr']);
  });

  it('writes an event’s fields as fields of the line (JSON) or as key=value (text)', () => {
    const { logger, parsed } = capture();
    logger.log({ event: 'sign_in', method: 'oidc', tenantId: 't-2', userId: 'u-2', result: 'ok' }, 'SignIn');
    expect(parsed()).toEqual([
      {
        time: expect.any(String),
        level: 'info',
        context: 'SignIn',
        event: 'sign_in',
        method: 'oidc',
        tenantId: 't-2',
        userId: 'u-2',
        result: 'ok',
      },
    ]);
    const text: string[] = [];
    const plain = new ContextLogger('Test', { sink: (line) => text.push(line), colors: false });
    plain.log({ event: 'sign_in', method: 'password', tenantId: null, userId: 'u-3', result: 'ok' }, 'SignIn');
    expect(text).toEqual([expect.stringMatching(/ LOG \[SignIn\] sign_in method=password userId=u-3 result=ok$/)]);
  });
});

describe('Metrics', () => {
  it('keeps a registry per instance (several apps in one process do not collide)', async () => {
    const a = new Metrics(new DataSource({ type: 'postgres' }));
    const b = new Metrics(new DataSource({ type: 'postgres' }));
    a.signIns.inc({ method: 'oidc' });
    expect((await a.scrape()).text).toMatch(/^wijkkompas_sign_ins_total\{method="oidc"\} 1$/m);
    expect((await b.scrape()).text).toMatch(/^wijkkompas_sign_ins_total\{method="oidc"\} 0$/m);
  });

  it('reads each job queue at scrape time and tolerates one that is not running or fails', async () => {
    const m = new Metrics(new DataSource({ type: 'postgres' }));
    let depth = 3;
    m.addQueue('running', async () => depth);
    m.addQueue('stopped', async () => null);
    m.addQueue('broken', () => Promise.reject(new Error('no database')));
    let text = (await m.scrape()).text;
    expect(text).toMatch(/^wijkkompas_job_queue_depth\{queue="running"\} 3$/m);
    expect(text).toMatch(/^wijkkompas_job_queue_up\{queue="running"\} 1$/m);
    expect(text).toMatch(/^wijkkompas_job_queue_up\{queue="stopped"\} 0$/m);
    expect(text).toMatch(/^wijkkompas_job_queue_up\{queue="broken"\} 0$/m);
    expect(text).not.toMatch(/queue_depth\{queue="(stopped|broken)"\}/);
    depth = 7;
    text = (await m.scrape()).text;
    expect(text).toMatch(/^wijkkompas_job_queue_depth\{queue="running"\} 7$/m);
    // No pool before the database is open: no pool series rather than a wrong one.
    expect(text).not.toMatch(/^wijkkompas_db_pool_connections\{/m);
  });
});

describe('operations configuration', () => {
  it('reads METRICS_TOKEN, LOG_FORMAT, SHUTDOWN_GRACE_SECONDS and READY_TIMEOUT_MS, with defaults', () => {
    expect(loadConfig({})).toMatchObject({
      logFormat: 'text',
      ops: { metricsToken: null, shutdownGraceSeconds: 10, readyTimeoutMs: 2000 },
    });
    const token = 'a'.repeat(32);
    expect(loadConfig({ METRICS_TOKEN: token, LOG_FORMAT: 'json', SHUTDOWN_GRACE_SECONDS: '30' })).toMatchObject({
      logFormat: 'json',
      ops: { metricsToken: token, shutdownGraceSeconds: 30 },
    });
  });

  it('refuses a wrong value with the name of the setting', () => {
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(new ConfigError('LOG_FORMAT must be text or json, got "xml"'));
    expect(() => loadConfig({ METRICS_TOKEN: 'kort' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ SHUTDOWN_GRACE_SECONDS: '-1' })).toThrow(/SHUTDOWN_GRACE_SECONDS/);
  });

  it('compares the metrics token in full (any difference, also in length, is refused)', () => {
    expect(sameToken('geheim-token-123', 'geheim-token-123')).toBe(true);
    expect(sameToken('geheim-token-124', 'geheim-token-123')).toBe(false);
    expect(sameToken('geheim-token-1234', 'geheim-token-123')).toBe(false);
    expect(sameToken('', 'geheim-token-123')).toBe(false);
  });
});
