/**
 * The peer API as a process: the Neo4j GraphQL Library's schema (peer-schema.ts) served by
 * graphql-yoga at /graphql over the same database, with no GraphiQL and no logging of requests.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7762 PORT=4100 npx tsx test/bench/peer/peer-server.ts
 */
import { createServer } from 'node:http';
import { createYoga } from 'graphql-yoga';
import { createDriver } from '@policygraph/db';
import { peerSchema } from './peer-schema.ts';

const uri = process.env.NEO4J_URI;
const port = Number(process.env.PORT ?? 4100);
if (!uri) {
  console.error('Set NEO4J_URI to the benchmark database.');
  process.exit(2);
}
const driver = createDriver({ uri, local: true }, { maxConnectionPoolSize: 200 });
const yoga = createYoga({
  schema: await peerSchema(driver),
  graphiql: false,
  landingPage: false,
  logging: false,
  maskedErrors: false,
});
const server = createServer((request, response) => void yoga(request, response));
server.listen(port, '127.0.0.1', () => console.log(`peer listening on ${port}`));
const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
