/**
 * `Node.disambiguation`: a few words that tell a node apart from others of the same name, as fits
 * its kind (pure; the facts come from cypher/disambiguation.ts):
 *
 * - actor: its kind and country (`agency, IN`);
 * - item: its type (`material`);
 * - measure: its issuing authority and its announcement (else effective) date, each left out when
 *   the name already says it (`BIS, 2023-10-19`); when another measure has the same name and day,
 *   also the actors it lists (`listing Boeing Defense, Space & Security`) or its Federal Register
 *   document number;
 * - document: its outlet and publication date, each left out when the title already says it;
 * - statement: its speaker (unless its name starts with them) and date.
 *
 * Authorities, outlets and speakers are named short: the name when at most 26 characters, else its
 * shortest alias in the same script (`MOFCOM`, `BIS`).
 */
import type { NodeKindValue } from './model.ts';
import type { NodeRow } from './neo4j/rows.ts';

/** A related actor, by its names. */
export interface NamedActor {
  name: string;
  aliases: string[];
}

/** What cypher/disambiguation.ts returns for one node. */
export interface DisambiguationFacts {
  issuers: NamedActor[];
  outlets: NamedActor[];
  speakers: NamedActor[];
  namesakes: number;
  listed: string[];
  listedCount: number;
}

const SHORT = 26;
const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\p{Zs}]+$/u;

/** The kinds whose disambiguation needs facts from the database. */
export const KINDS_WITH_FACTS: ReadonlySet<NodeKindValue> = new Set([
  'MEASURE',
  'DOCUMENT',
  'STATEMENT',
]);

/** A short name for an actor: see the module comment. */
export function shortActorName(actor: NamedActor): string {
  if (actor.name.length <= SHORT) return actor.name;
  const latin = LATIN.test(actor.name);
  const candidates = actor.aliases.filter(
    (alias) => alias.length >= 2 && alias.length < actor.name.length && LATIN.test(alias) === latin,
  );
  return candidates.reduce(
    (best, alias) => (alias.length < best.length ? alias : best),
    actor.name,
  );
}

/** `actor, company` style: the kind in words. */
function kindWords(kind: string): string {
  return kind.toLowerCase().replace(/_/g, ' ');
}

/**
 * True when `name` already mentions the actor by its name or its short name (not by any alias: a
 * title holding the word `Commerce` does not name an authority whose alias is `Commerce`).
 */
function mentions(name: string, actor: NamedActor): boolean {
  const folded = name.toLowerCase();
  return [actor.name, shortActorName(actor)].some((each) => folded.includes(each.toLowerCase()));
}

/** The disambiguation of `node` (see the module comment); null when nothing needs saying. */
export function disambiguation(node: NodeRow, facts: DisambiguationFacts | null): string | null {
  const props = node.properties;
  const parts: string[] = [];
  const addDate = (date: unknown) => {
    if (typeof date === 'string' && !node.name.includes(date)) parts.push(date);
  };
  const addActor = (actor: NamedActor | undefined) => {
    if (actor && !mentions(node.name, actor)) parts.push(shortActorName(actor));
  };
  switch (node.kind) {
    case 'MEASURE': {
      addActor(facts?.issuers[0]);
      addDate(props.announcedOn ?? props.effectiveOn);
      if (facts && facts.namesakes > 0) {
        if (facts.listed.length > 0) {
          const more = facts.listedCount - facts.listed.length;
          parts.push(`listing ${facts.listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
        } else if (typeof props.documentNumber === 'string') {
          parts.push(`FR ${props.documentNumber}`);
        }
      }
      break;
    }
    case 'DOCUMENT':
      addActor(facts?.outlets[0]);
      addDate(props.publishedOn);
      break;
    case 'STATEMENT':
      addActor(facts?.speakers[0]);
      addDate(props.date);
      break;
    case 'ITEM':
      if (typeof props.itemType === 'string') parts.push(kindWords(props.itemType));
      break;
    default:
      parts.push(kindWords(node.kind));
      if (typeof props.country === 'string') parts.push(props.country);
  }
  return parts.length > 0 ? parts.join(', ') : null;
}
