/**
 * The issuing bodies the lists name, as fixed nodes. A body is found by the exact words a source
 * uses for it (`Ministry of Commerce` in the China listings is MOFCOM, the article's `mofcom` node;
 * the US Department of Commerce is another node). Words the table does not know name a body of
 * their own (issuingBodyNamed): a new node whose id is the slug of the words, reported as new, never
 * matched to a table body whose name merely looks similar.
 */
import type { ActorKind } from '@policygraph/model';
import { shortHash } from './adapter-helpers.ts';
import { slugify } from './names.ts';

/** An issuing body: the node it is, and the words sources use for it. */
export interface IssuingBody {
  id: string;
  kind: ActorKind;
  name: string;
  /** Used in measure names: `MOFCOM: Unreliable Entity List, 2023-02-16`. */
  shortName: string;
  aliases: string[];
  /** Null for a body not in the table (its country is not assumed). */
  country: string | null;
  /** The exact cell values (after trimming) that name this body in the source files. */
  sourceNames: string[];
}

export const ISSUING_BODIES: readonly IssuingBody[] = [
  {
    id: 'mofcom',
    kind: 'AGENCY',
    name: "Ministry of Commerce of the People's Republic of China",
    shortName: 'MOFCOM',
    aliases: ['MOFCOM', 'Ministry of Commerce', '商务部', '中华人民共和国商务部'],
    country: 'CN',
    sourceNames: ['Ministry of Commerce'],
  },
  {
    id: 'mfa-china',
    kind: 'AGENCY',
    name: "Ministry of Foreign Affairs of the People's Republic of China",
    shortName: 'Ministry of Foreign Affairs',
    aliases: [
      'Ministry of Foreign Affairs',
      'Chinese Foreign Ministry',
      '外交部',
      '中华人民共和国外交部',
    ],
    country: 'CN',
    sourceNames: ['Ministry of Foreign Affairs'],
  },
  {
    id: 'cn-taiwan-affairs-office',
    kind: 'AGENCY',
    name: 'Taiwan Affairs Office of the State Council',
    shortName: 'Taiwan Affairs Office',
    aliases: ['国务院台湾事务办公室', '国台办'],
    country: 'CN',
    sourceNames: ['Taiwan Affairs Office of the State Council'],
  },
  {
    id: 'cpc-taiwan-work-office',
    kind: 'AGENCY',
    name: 'Taiwan Work Office of the CPC Central Committee',
    shortName: 'CPC Taiwan Work Office',
    aliases: ['中共中央台湾工作办公室'],
    country: 'CN',
    sourceNames: ['Taiwan Work Office of the CPC Central Committee'],
  },
  {
    id: 'us-department-of-defense',
    kind: 'AGENCY',
    name: 'US Department of Defense',
    shortName: 'US Department of Defense',
    aliases: ['Department of Defense', 'DoD'],
    country: 'US',
    sourceNames: ['Department of Defense', 'US Department of Defense'],
  },
  {
    id: 'us-bureau-of-industry-and-security',
    kind: 'AGENCY',
    name: 'Bureau of Industry and Security',
    shortName: 'BIS',
    aliases: ['BIS', 'US Bureau of Industry and Security'],
    country: 'US',
    sourceNames: ['Bureau of Industry and Security'],
  },
  {
    id: 'us-department-of-state',
    kind: 'AGENCY',
    name: 'US Department of State',
    shortName: 'US Department of State',
    aliases: ['Department of State', 'State Department'],
    country: 'US',
    sourceNames: ['Department of State'],
  },
  {
    id: 'us-department-of-commerce',
    kind: 'AGENCY',
    name: 'US Department of Commerce',
    shortName: 'US Department of Commerce',
    aliases: ['Department of Commerce', 'Commerce Department'],
    country: 'US',
    sourceNames: ['Department of Commerce'],
  },
  {
    id: 'us-department-of-homeland-security',
    kind: 'AGENCY',
    name: 'US Department of Homeland Security',
    shortName: 'US Department of Homeland Security',
    aliases: ['Department of Homeland Security', 'DHS'],
    country: 'US',
    sourceNames: ['Department of Homeland Security'],
  },
  {
    id: 'us-congress',
    kind: 'AGENCY',
    name: 'United States Congress',
    shortName: 'US Congress',
    aliases: ['US Congress', 'Congress'],
    country: 'US',
    sourceNames: ['United States Congress'],
  },
];

const BY_SOURCE_NAME = new Map(
  ISSUING_BODIES.flatMap((body) => body.sourceNames.map((name) => [name, body] as const)),
);
const BY_ID = new Map(ISSUING_BODIES.map((body) => [body.id, body]));

/** The body a source calls `name` (exact words, trimmed), or undefined. */
export function bodyBySourceName(name: string): IssuingBody | undefined {
  return BY_SOURCE_NAME.get(name.trim());
}

/** A body the table does not know: its own node, named by the source's words (`isNew`). */
export interface NamedBody {
  body: IssuingBody;
  isNew: boolean;
}

/**
 * The body a source calls `name`: the table's, or else a new body of its own (kind AGENCY, id the
 * slug of the words, no country), reported by the adapters as new.
 */
export function issuingBodyNamed(name: string): NamedBody {
  const known = bodyBySourceName(name);
  if (known) return { body: known, isNew: false };
  const words = name.trim().replace(/\s+/g, ' ');
  return {
    body: {
      id: slugify(words, 60) || `body-${shortHash(words)}`,
      kind: 'AGENCY',
      name: words,
      shortName: words,
      aliases: [],
      country: null,
      sourceNames: [words],
    },
    isNew: true,
  };
}

/** The note an adapter gives for a body not in the table. */
export function newBodyNote(named: NamedBody): string[] {
  return named.isNew
    ? [
        `new issuing body "${named.body.name}" (node ${named.body.id}), not in the table of known bodies`,
      ]
    : [];
}

/** The body with this node id. @throws Error for an id not in the table (a programming error). */
export function bodyById(id: string): IssuingBody {
  const body = BY_ID.get(id);
  if (!body) throw new Error(`No issuing body "${id}" in issuing-bodies.ts.`);
  return body;
}
