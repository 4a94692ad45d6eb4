/**
 * Names the drafting knows before reading a document: the graph's existing nodes (names, aliases,
 * Chinese names) and the world's countries (i18n-iso-countries, English and Chinese names). Text is
 * matched character for character; `key()` is the looser form used to compare names when linking.
 */
import countries from 'i18n-iso-countries';
import type { ActorKind, NodeKind } from '@policygraph/model';

/** A node already in the graph, as read from Neo4j (or from seed files when measuring). */
export interface KnownNode {
  id: string;
  kind: NodeKind;
  name: string;
  aliases: string[];
  country?: string;
  /** For an item: its `itemType`. */
  itemType?: 'MATERIAL' | 'PRODUCT' | 'SERVICE';
  /** For a document: the quotes of the statements the graph already reports in it. */
  quotes?: string[];
}

/** A name the gazetteer knows: the node it names, or a country not (yet) in the graph. */
export interface KnownName {
  surface: string;
  kind: ActorKind | 'MEASURE' | 'DOCUMENT' | 'ITEM' | 'STATEMENT';
  node?: KnownNode;
  country?: string;
  canonical: string;
}

const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  US: ['America', 'U.S.', 'US', 'USA'],
  CN: ['PRC', 'People’s Republic of China'],
  KP: ['DPRK'],
  KR: ['ROK'],
  GB: ['UK', 'U.K.', 'Britain'],
};

/** The loose comparison key of a name: case, `the`, possessive, punctuation and `U.S.` dropped. */
export function key(name: string): string {
  let k = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[’'‘`]/g, "'")
    .replace(/\b(?:u\.s\.|u\.s|us|united states|the)\b/g, ' ')
    .replace(/[.,;:()"“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const head = /^(department|ministry) of (.+)$/.exec(k);
  if (head) k = `${head[2]} ${head[1]}`;
  return k;
}

function countryName(names: string[]): string {
  const plain = names.filter((n) => !n.includes(',') && n !== n.toUpperCase());
  return plain.sort((a, b) => a.length - b.length)[0] ?? names[0]!;
}

/** Lookup of exact surfaces (for finding mentions) and loose keys (for linking). */
export class Gazetteer {
  readonly bySurface = new Map<string, KnownName[]>();
  readonly byKey = new Map<string, KnownNode[]>();
  readonly nodes: KnownNode[];
  maxTokens = 1;

  constructor(nodes: KnownNode[]) {
    this.nodes = nodes;
    const en = countries.getNames('en', { select: 'all' }) as unknown as Record<string, string[]>;
    const zh = countries.getNames('zh', { select: 'all' }) as unknown as Record<string, string[]>;
    for (const [code, names] of Object.entries(en)) {
      const canonical = countryName(names);
      const all = [...names, ...(EXTRA_COUNTRY_NAMES[code] ?? []), ...(zh[code] ?? [])];
      for (const surface of all) {
        this.addSurface({ surface, kind: 'COUNTRY_OR_BLOC', country: code, canonical });
      }
    }
    for (const surface of ['European Union', 'EU', '欧盟']) {
      this.addSurface({
        surface,
        kind: 'COUNTRY_OR_BLOC',
        country: 'EU',
        canonical: 'European Union',
      });
    }
    for (const node of nodes) {
      for (const surface of [node.name, ...node.aliases]) {
        if (surface.length < 2) continue;
        this.addSurface({ surface, kind: node.kind, node, canonical: node.name });
        const k = key(surface);
        if (k) this.byKey.set(k, [...(this.byKey.get(k) ?? []).filter((n) => n !== node), node]);
      }
    }
  }

  private addSurface(name: KnownName): void {
    const list = this.bySurface.get(name.surface) ?? [];
    list.push(name);
    this.bySurface.set(name.surface, list);
    this.maxTokens = Math.max(this.maxTokens, name.surface.split(/[\s.]+/).length * 2);
  }
}
