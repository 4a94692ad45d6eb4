/**
 * One attacking client: `concurrency` connections from `--local-address` (default 127.0.0.2, so the
 * server sees another client than the one being measured) sending the hostile requests of
 * ./hostile-requests.ts in turn (or those named by --kinds, `typename` being a harmless flood), as fast
 * as they are answered, until SIGTERM; then prints what it
 * sent and what it got as one JSON line. Run by ./attack-latency.ts.
 *
 *   node --import tsx test/bench/attack-client.ts --url http://127.0.0.1:4000 [--concurrency 8] [--kinds 'deep nesting,batch']
 */
import { parseArgs } from 'node:util';
import { createClient } from './bench-http.ts';
import { FLOOD_REQUEST, HOSTILE_REQUESTS } from './hostile-requests.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    concurrency: { type: 'string', default: '8' },
    'local-address': { type: 'string', default: '127.0.0.2' },
    kinds: { type: 'string' },
  },
});
if (!values.url) throw new Error('--url is required');

const client = createClient(values.url, {
  localAddress: values['local-address'],
  connections: Number(values.concurrency),
});
const chosen = values.kinds ? values.kinds.split(',').map((name) => name.trim()) : null;
const requests = chosen
  ? [...HOSTILE_REQUESTS, FLOOD_REQUEST].filter((request) => chosen.includes(request.name))
  : HOSTILE_REQUESTS;
if (requests.length === 0) throw new Error(`no hostile request named ${values.kinds}`);
const bodies = requests.map((request) => Array.from({ length: 50 }, (_, i) => request.body(i)));
const byStatus: Record<string, number> = {};
const byCode: Record<string, number> = {};
let sent = 0;
let failures = 0;
let running = true;
const started = performance.now();

async function attacker(offset: number): Promise<void> {
  for (let i = offset; running; i += 1) {
    const kind = i % bodies.length;
    try {
      const answer = await client.post(bodies[kind]![Math.floor(i / bodies.length) % 50]!);
      sent += 1;
      byStatus[answer.status] = (byStatus[answer.status] ?? 0) + 1;
      const code = /"code":"([A-Z_]+)"/.exec(answer.text)?.[1] ?? 'none';
      byCode[code] = (byCode[code] ?? 0) + 1;
    } catch {
      failures += 1;
    }
  }
}

const finish = () => {
  running = false;
  const seconds = (performance.now() - started) / 1000;
  console.log(
    JSON.stringify({ sent, perSecond: Math.round(sent / seconds), failures, byStatus, byCode }),
  );
  client.close();
  process.exit(0);
};
process.on('SIGTERM', finish);
process.on('SIGINT', finish);
for (let k = 0; k < Number(values.concurrency); k += 1) void attacker(k * 7);
