/**
 * Child process of api-timezone.test.ts: runs date-bearing queries through the app under the time
 * zone it was started with (TZ) and prints the results, with the zone it ran in, as JSON.
 * Reads the connection from PROBE_NEO4J (JSON of a Neo4jConnection).
 */
import { createDriver, type Neo4jConnection } from '@policygraph/db';
import { createApp } from '@policygraph/server';
import { pino } from 'pino';

const QUERIES = {
  measures:
    '{ measures(first: 50) { edges { node { id announcedOn effectiveOn statusHistory { status asOf reportedBy { id publishedOn } } } } } }',
  statements: '{ statements(first: 50) { edges { node { id date datePrecision } } } }',
  july: '{ statements(from: "2023-07-03", to: "2023-07-05", first: 50) { totalCount edges { node { id date } } } }',
  neighborhood: `{ neighborhood(ids: ["cn-gallium-germanium-export-control"], depth: 2, limit: 1000) {
    nodes { id ... on Document { publishedOn } ... on Statement { date } ... on Measure { announcedOn effectiveOn } }
    relationships { id asOf } } }`,
};

const connection = JSON.parse(process.env.PROBE_NEO4J ?? '{}') as Neo4jConnection;
const driver = createDriver(connection);
try {
  const { yoga } = createApp({ driver, connection, logger: pino({ level: 'silent' }) });
  const result: Record<string, unknown> = {};
  for (const [name, query] of Object.entries(QUERIES)) {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    result[name] = await response.json();
  }
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const offsetMinutes = new Date('2023-07-05T12:00:00Z').getTimezoneOffset();
  process.stdout.write(JSON.stringify({ zone, offsetMinutes, result }));
} finally {
  await driver.close();
}
