/**
 * The questions of the API benchmark, each as a rotation of requests in three forms: a GraphQL
 * request to our API, the same question as the Cypher our server runs for it (raw, through
 * neo4j-driver, carrying what the server's answer carries for that selection), and, for search and
 * neighbourhood, a GraphQL request to the peer. Arguments are
 * drawn deterministically from the synthetic graph's registry (typical nodes exclude the top hubs;
 * the hub questions use the four biggest hubs), and kept only when the node exists.
 */
import type { FieldNode, OperationDefinitionNode } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { type SyntheticGraph, streamFor, type Random } from '@policygraph/synthetic';
import { buildSearchCandidates } from '../../../server/src/cypher/search.ts';
import { luceneQuery } from '../../../server/src/cypher/lucene.ts';
import { buildNodesByIds } from '../../../server/src/cypher/nodes.ts';
import { buildNeighborhood } from '../../../server/src/cypher/neighborhood.ts';
import { buildPaths } from '../../../server/src/cypher/paths.ts';
import { graphqlJs } from '../../../server/src/graphql-js.ts';
import { subgraphProjection } from '../../../server/src/resolvers/selection.ts';
import { buildStatements } from '../../../server/src/cypher/statements.ts';
import { PEER_SEARCH, peerNeighborhood } from '../peer/peer-queries.ts';
import type { CypherRequest } from './cypher-load.ts';

/** One question: parallel lists, request i of each form asks the same thing. */
export interface Question {
  name: string;
  graphql: string[];
  cypher: CypherRequest[];
  peer?: string[];
}

/** Requests per rotation. */
const ROTATION = 64;

const SEARCH =
  'query Search($text: String!) { search(text: $text, first: 10) { score matchedName node { id kind name aliases } } }';
const NODE =
  'query Node($id: ID!) { node(id: $id) { id kind name aliases description ... on Actor { country } } }';
const NEIGHBORHOOD =
  'query Neighborhood($ids: [ID!]!, $depth: Int!) { neighborhood(ids: $ids, depth: $depth, limit: 200) { truncated nodes { id kind name } relationships { id type source target evidence { quote start end document { id title } } } } }';
const PATHS =
  'query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 3) { nodes { id kind name } relationships { id type source target } } }';
const STATEMENTS =
  'query Statements($speaker: ID, $about: ID) { statements(speaker: $speaker, about: $about, first: 20) { totalCount edges { cursor node { id name ... on Statement { quote form date } } } } }';

/** What the server's answer carries for the neighbourhood question's selection (resolvers/selection.ts). */
function projectionOf(query: string) {
  const operation = graphqlJs.parse(query).definitions[0] as OperationDefinitionNode;
  return subgraphProjection({
    fieldNodes: [operation.selectionSet.selections[0] as FieldNode],
    fragments: {},
  });
}

const body = (query: string, variables: Record<string, unknown>) =>
  JSON.stringify({ query, variables });

/** Typical node ids of every kind (not among the top 20 of any hub list). */
function typicalCandidates(graph: SyntheticGraph, random: Random, count: number): string[] {
  const { registry, measures, plan } = graph;
  const articles = Math.round(plan.total / 4.5);
  const tail = <T extends { id: string }>(list: T[]) =>
    list[random.int(Math.min(20, list.length - 1), list.length - 1)]!.id;
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const draw = random.next();
    if (draw < 0.25) ids.push(`syn-statement-${random.int(0, articles)}-0`);
    else if (draw < 0.5) ids.push(`syn-article-${random.int(0, articles)}`);
    else if (draw < 0.65) ids.push(tail(registry.persons));
    else if (draw < 0.75) ids.push(tail(registry.companies));
    else if (draw < 0.85) ids.push(tail(measures));
    else if (draw < 0.9) ids.push(tail(registry.items));
    else if (draw < 0.95) ids.push(tail(registry.outlets));
    else ids.push(tail(registry.agencies));
  }
  return ids;
}

/** Search texts: names and aliases in every script, words and prefixes. */
function searchTexts(graph: SyntheticGraph, random: Random): string[] {
  const { registry } = graph;
  const pick = <T>(list: T[]) => list[random.int(0, list.length - 1)]!;
  const localOf = (test: RegExp) => {
    for (let tries = 0; tries < 500; tries += 1) {
      const person = pick(registry.persons);
      if (person.local && test.test(person.local)) return person.local;
    }
    return pick(registry.persons).name;
  };
  const texts = [
    'Commerce',
    '商务部',
    'Ministry of Foreign Affairs',
    'gallium',
    'export control gallium',
    'Nov',
    'Quant',
    'Meridi',
    'Semicond',
    'people familiar with the matter',
    'Министерство торговли',
    'وزارة التجارة',
    'Global Times',
    'cloud computing service',
  ];
  while (texts.length < ROTATION) {
    const draw = random.next();
    if (draw < 0.35) texts.push(pick(registry.persons).name);
    else if (draw < 0.5) texts.push(localOf(/\p{Script=Han}/u));
    else if (draw < 0.6) texts.push(localOf(/\p{Script=Cyrillic}/u));
    else if (draw < 0.7) texts.push(localOf(/\p{Script=Arabic}/u));
    else if (draw < 0.75) texts.push(localOf(/\p{Script=Hangul}/u));
    else if (draw < 0.9)
      texts.push(pick(registry.companies).aliases[0] ?? pick(registry.companies).name);
    else texts.push(pick(graph.measures).name.split(' (')[0]!);
  }
  return texts.slice(0, ROTATION);
}

/** Of `ids`, those stored, in order. */
async function existing(driver: Driver, ids: string[]): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (n:Entity) WHERE n.id IN $ids RETURN collect(n.id) AS found',
    { ids },
  );
  const found = new Set(records[0]!.get('found') as string[]);
  return ids.filter((id) => found.has(id));
}

/** Every question of the benchmark for the graph stored behind `driver`. */
export async function buildQuestions(driver: Driver, graph: SyntheticGraph): Promise<Question[]> {
  const random = streamFor(graph.seed, 'api-benchmark');
  const typical = (await existing(driver, typicalCandidates(graph, random, ROTATION * 3))).slice(
    0,
    ROTATION * 2,
  );
  const first = typical.slice(0, ROTATION);
  const hubs = ['syn-person-0', 'syn-measure-0', 'syn-outlet-0', 'syn-agency-0'];
  const texts = searchTexts(graph, random);
  const speakers = await existing(
    driver,
    Array.from({ length: ROTATION }, (_, i) => `syn-person-${1 + ((i * 7) % 400)}`),
  );
  const subjects = Array.from(
    { length: ROTATION },
    (_, i) => graph.measures[1 + ((i * 5) % Math.min(300, graph.measures.length - 1))]!.id,
  );

  const neighborhood = (name: string, ids: string[], depth: 1 | 2, peer: boolean): Question => ({
    name,
    graphql: ids.map((id) => body(NEIGHBORHOOD, { ids: [id], depth })),
    cypher: ids.map((id) =>
      buildNeighborhood({
        ids: [id],
        depth,
        kinds: null,
        relationshipTypes: null,
        limit: 200,
        projection: projectionOf(NEIGHBORHOOD),
      }),
    ),
    ...(peer ? { peer: ids.map((id) => body(peerNeighborhood(depth), { id })) } : {}),
  });
  return [
    {
      name: 'search',
      graphql: texts.map((text) => body(SEARCH, { text })),
      cypher: texts.map((text) => buildSearchCandidates(text)!),
      peer: texts.map((text) => body(PEER_SEARCH, { phrase: luceneQuery(text) })),
    },
    {
      name: 'node',
      graphql: first.map((id) => body(NODE, { id })),
      cypher: first.map((id) => buildNodesByIds([id])),
    },
    neighborhood('neighborhood depth 1', first, 1, true),
    neighborhood('neighborhood depth 2', first, 2, true),
    neighborhood('neighborhood depth 1, hubs', hubs, 1, true),
    {
      name: 'paths',
      graphql: first.map((from, i) =>
        body(PATHS, { from, to: typical[ROTATION + i] ?? typical[i]! }),
      ),
      cypher: first.map((from, i) =>
        buildPaths({ from, to: typical[ROTATION + i] ?? typical[i]!, maxHops: 4, first: 3 }),
      ),
    },
    {
      name: 'statements',
      graphql: speakers.map((speaker, i) =>
        body(STATEMENTS, i % 2 === 0 ? { speaker } : { about: subjects[i] }),
      ),
      cypher: speakers.map((speaker, i) =>
        buildStatements({
          ...(i % 2 === 0 ? { speaker } : { about: subjects[i] }),
          first: 20,
          offset: 0,
        }),
      ),
    },
  ];
}
