import { describe, expect, it } from 'vitest';
import { renderNeo4jConf } from './neo4j-conf.ts';

describe('renderNeo4jConf', () => {
  const conf = renderNeo4jConf({
    boltPort: 7701,
    dataDir: '/s/data',
    logsDir: '/s/logs',
    heap: '1g',
    pageCache: '2g',
  });
  const settings = new Map(
    conf
      .split('\n')
      .filter((line) => line.includes('=') && !line.startsWith('#'))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

  it('binds Bolt to the loopback interface on the chosen port', () => {
    expect(settings.get('server.bolt.listen_address')).toBe('127.0.0.1:7701');
    expect(settings.get('server.default_listen_address')).toBe('127.0.0.1');
  });

  it('sizes memory explicitly and keeps the store where it is told', () => {
    expect(settings.get('server.memory.heap.max_size')).toBe('1g');
    expect(settings.get('server.memory.pagecache.size')).toBe('2g');
    expect(settings.get('server.directories.data')).toBe('/s/data');
    expect(settings.get('server.directories.logs')).toBe('/s/logs');
  });

  it('turns off what a local explorer does not need', () => {
    expect(settings.get('server.http.enabled')).toBe('false');
    expect(settings.get('dbms.usage_report.enabled')).toBe('false');
    expect(settings.get('db.tx_log.preallocate')).toBe('false');
  });

  it('lets Bolt stop without waiting for more work once the databases have stopped', () => {
    expect(settings.get('internal.dbms.bolt.netty_server_shutdown_quiet_period')).toBe('0');
  });
});
