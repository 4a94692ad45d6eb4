import { createDriver } from '@policygraph/db';
import { viewIds } from './view-ids.ts';
const d = createDriver({ uri: 'bolt://127.0.0.1:7761', local: true });
const { ids } = await viewIds(d, 'syn-measure-10', Number(process.argv[2]));
console.log(ids.map((id) => `n=${encodeURIComponent(id)}`).join('&'));
await d.close();
