/**
 * The hostile requests of an attack, each refused by the server before any Cypher runs (see
 * test/integration/hostile-*.test.ts). `body(i)` varies with `i` (an alias or id changes), so no
 * cache of parsed or validated documents spares the server any work.
 */

export interface HostileRequest {
  name: string;
  /** The JSON body of the i-th request of this kind. */
  body(i: number): string;
}

const operation = (query: string, variables?: Record<string, unknown>) =>
  JSON.stringify({ query, variables });
const repeat = (text: string, times: number) => Array.from({ length: times }, () => text).join(' ');
const megabyte = 'x'.repeat(1_000_000);

function nested(levels: number): string {
  let selection = 'id';
  for (let i = 0; i < levels; i += 1) selection = `... on Actor { partOf { ${selection} } }`;
  return selection;
}

function fragmentBomb(i: number): string {
  const levels = 30;
  const fragments = Array.from({ length: levels }, (_, k) =>
    k === levels - 1
      ? `fragment F${k} on Node { id }`
      : `fragment F${k} on Node { ...F${k + 1} ... on Actor { ...F${k + 1} } }`,
  ).join(' ');
  return `{ node(id: "n${i}") { ...F0 } } ${fragments}`;
}

export const HOSTILE_REQUESTS: HostileRequest[] = [
  { name: 'deep nesting', body: (i) => operation(`{ node(id: "n${i}") { ${nested(14)} } }`) },
  {
    name: 'alias bomb',
    body: (i) =>
      operation(
        `{ ${Array.from({ length: 100 }, (_, k) => `a${k}_${i}: neighborhood(ids: ["mofcom"], depth: 3, limit: 1000) { truncated }`).join(' ')} }`,
      ),
  },
  {
    name: 'field duplication',
    body: (i) => operation(`{ node(id: "n${i}") { ${repeat('id', 1500)} } }`),
  },
  {
    name: 'fragment cycle',
    body: (i) =>
      operation(
        `{ node(id: "n${i}") { ...A } } fragment A on Node { id ...B } fragment B on Node { name ...A }`,
      ),
  },
  { name: 'fragment bomb', body: fragmentBomb },
  {
    name: 'cost by variables',
    body: (i) =>
      operation(
        `query ($limit: Int, $depth: Int) { neighborhood(ids: ["n${i}"], limit: $limit, depth: $depth) { nodes { ... on Actor { parts { ... on Actor { parts { ... on Actor { parts { ... on Actor { parts { id } } } } } } } } } } }`,
        { limit: 1000, depth: 3 },
      ),
  },
  {
    name: 'huge id list',
    body: (i) =>
      operation('query ($ids: [ID!]!) { neighborhood(ids: $ids) { truncated } }', {
        ids: Array.from({ length: 5000 }, (_, k) => `n${i}-${k}`),
      }),
  },
  {
    name: 'very large limit',
    body: (i) =>
      operation(`{ neighborhood(ids: ["n${i}"], depth: 100, limit: 2000000000) { truncated } }`),
  },
  {
    name: 'megabyte string',
    body: (i) =>
      operation(`query ($t: String!) { search(text: $t) { score } } # ${i}`, { t: megabyte }),
  },
  {
    name: 'long query',
    body: (i) => operation(`#${'x'.repeat(20_000)}\n{ node(id: "n${i}") { id } }`),
  },
  {
    name: 'batch',
    body: (i) =>
      JSON.stringify(
        Array.from({ length: 100 }, (_, k) => ({ query: `{ node(id: "n${i}-${k}") { id } }` })),
      ),
  },
  {
    name: 'introspection flood',
    body: (i) =>
      operation(
        `{ ${Array.from({ length: 10 }, (_, k) => `s${k}_${i}: __schema { types { name fields { name type { name } } } }`).join(' ')} }`,
      ),
  },
];

/** Not hostile: the cheapest valid operation, to compare an attack with a mere flood of requests. */
export const FLOOD_REQUEST: HostileRequest = {
  name: 'typename',
  body: (i) => operation(`{ __typename } # ${i}`),
};
