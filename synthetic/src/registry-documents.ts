/**
 * The registry documents of a synthetic graph: DATASET documents listing the reference nodes, one
 * line each ("China Ministry of Commerce (商务部; CN-MOC) is part of the Government of China."),
 * so that every reference node and every structural relationship (GOVERNS, PART_OF, MEMBER_OF,
 * HOLDS_ROLE, KIND_OF, MADE_BY, PROVIDED_BY) has evidence in a text we hold.
 */
import type {
  EvidenceRecord,
  GraphNode,
  GraphRelationship,
  ValidatedDocument,
} from '@policygraph/model';
import { FIRST_DAY } from './dates.ts';
import type { EntityRef, ItemRef, PersonRef, Registry } from './entities.ts';
import { documentNode, entityNode, relationship } from './graph-parts.ts';
import { streamFor } from './random.ts';
import { TextBuilder } from './text-builder.ts';

/** Entities listed per registry document. */
export const ENTRIES_PER_REGISTRY_DOCUMENT = 100;

/** What one registry line yields: the node and the relationships it states. */
interface Line {
  node: GraphNode;
  relationships: GraphRelationship[];
}

type LineWriter<T> = (text: TextBuilder, ref: T) => Line;

const EU_MEMBERS = new Set(['DE', 'FR', 'NL']);

/** `Name (alias; alias)`: the node evidence is the name itself. */
function named(text: TextBuilder, ref: EntityRef): EvidenceRecord {
  const evidence = text.add(ref.name);
  if (ref.aliases.length > 0) text.add(` (${ref.aliases.join('; ')})`);
  return evidence;
}

/** One line: `write` appends the sentence, the relationships get the whole line as evidence. */
function line(
  text: TextBuilder,
  ref: EntityRef,
  write: (text: TextBuilder) => void,
  relate: (evidence: EvidenceRecord[]) => GraphRelationship[],
  extra: Record<string, string | string[]> = {},
): Line {
  const start = text.mark();
  const name = named(text, ref);
  write(text);
  const whole = text.since(start);
  text.add('\n');
  return { node: entityNode(ref, [name], extra), relationships: relate([whole]) };
}

/** Registry lines of every kind of reference node. */
function writers(seed: number, registry: Registry) {
  const byCode = new Map(registry.countries.map((country) => [country.country.code, country]));
  const eu = byCode.get('EU');
  const country: LineWriter<EntityRef> = (text, ref) =>
    line(
      text,
      ref,
      (t) => {
        t.add(` is a ${ref.country.code === 'EU' ? 'bloc' : 'country'} (${ref.country.code}).`);
        if (eu && EU_MEMBERS.has(ref.country.code)) t.add(` It is a member of the ${eu.name}.`);
      },
      (evidence) =>
        eu && EU_MEMBERS.has(ref.country.code)
          ? [relationship('MEMBER_OF', ref.id, eu.id, evidence)]
          : [],
    );
  const government: LineWriter<EntityRef> = (text, ref) => {
    const governed = byCode.get(ref.country.code)!;
    return line(
      text,
      ref,
      (t) => t.add(` governs ${governed.name}.`),
      (evidence) => [relationship('GOVERNS', ref.id, governed.id, evidence)],
    );
  };
  const governmentOf = new Map(registry.governments.map((gov) => [gov.country.code, gov]));
  const agency: LineWriter<EntityRef> = (text, ref) => {
    const gov = governmentOf.get(ref.country.code)!;
    return line(
      text,
      ref,
      (t) => t.add(` is part of the ${gov.name}.`),
      (evidence) => [relationship('PART_OF', ref.id, gov.id, evidence)],
    );
  };
  const plain =
    (what: string): LineWriter<EntityRef> =>
    (text, ref) =>
      line(
        text,
        ref,
        (t) =>
          t.add(` is ${what}${ref.kind === 'UNNAMED_SOURCE' ? '' : ` in ${ref.country.name}`}.`),
        () => [],
      );
  const company: LineWriter<EntityRef> = (text, ref) => {
    const random = streamFor(seed, 'company-membership', ref.id);
    const association =
      registry.associations.length > 0 && random.chance(0.3)
        ? random.pick(registry.associations)
        : null;
    return line(
      text,
      ref,
      (t) => {
        t.add(` is a company based in ${ref.country.name}.`);
        if (association) t.add(` It is a member of the ${association.name}.`);
      },
      (evidence) =>
        association ? [relationship('MEMBER_OF', ref.id, association.id, evidence)] : [],
    );
  };
  const unit: LineWriter<EntityRef & { parent: EntityRef }> = (text, ref) =>
    line(
      text,
      ref,
      (t) => t.add(` is a business unit of ${ref.parent.name}.`),
      (evidence) => [relationship('PART_OF', ref.id, ref.parent.id, evidence)],
    );
  const person: LineWriter<PersonRef> = (text, ref) =>
    line(
      text,
      ref,
      (t) => t.add(`, ${ref.role} at ${ref.org.name}.`),
      (evidence) => [relationship('HOLDS_ROLE', ref.id, ref.org.id, evidence, { role: ref.role })],
    );
  const item: LineWriter<ItemRef> = (text, ref) =>
    line(
      text,
      ref,
      (t) => {
        t.add(` is a ${ref.itemType.toLowerCase()}.`);
        if (ref.parent) t.add(` It is a kind of ${ref.parent.name}.`);
        if (ref.maker)
          t.add(` It is ${ref.itemType === 'SERVICE' ? 'provided' : 'made'} by ${ref.maker.name}.`);
      },
      (evidence) => [
        ...(ref.parent ? [relationship('KIND_OF', ref.id, ref.parent.id, evidence)] : []),
        ...(ref.maker
          ? [
              relationship(
                ref.itemType === 'SERVICE' ? 'PROVIDED_BY' : 'MADE_BY',
                ref.id,
                ref.maker.id,
                evidence,
              ),
            ]
          : []),
      ],
      { itemType: ref.itemType },
    );
  return { country, government, agency, plain, company, unit, person, item };
}

/** One registry document listing `refs` with `write`. */
function registryDocument<T extends EntityRef>(
  id: string,
  title: string,
  refs: readonly T[],
  write: LineWriter<T>,
): ValidatedDocument {
  const text = new TextBuilder(id);
  const titleEvidence = text.add(title);
  text.add('\n\n');
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  for (const ref of refs) {
    const written = write(text, ref);
    nodes.push(written.node);
    relationships.push(...written.relationships);
  }
  const document = documentNode(
    { id, title, documentType: 'DATASET', publishedOn: FIRST_DAY, language: 'mul' },
    text.text(),
    [titleEvidence],
  );
  return { file: `synthetic:${id}`, documentId: id, nodes: [document, ...nodes], relationships };
}

/** Registry documents of `refs`, ENTRIES_PER_REGISTRY_DOCUMENT entries each. */
function* registryDocuments<T extends EntityRef>(
  slug: string,
  label: string,
  refs: readonly T[],
  write: LineWriter<T>,
): Generator<ValidatedDocument> {
  const parts = Math.ceil(refs.length / ENTRIES_PER_REGISTRY_DOCUMENT);
  for (let part = 0; part < parts; part += 1) {
    const slice = refs.slice(
      part * ENTRIES_PER_REGISTRY_DOCUMENT,
      (part + 1) * ENTRIES_PER_REGISTRY_DOCUMENT,
    );
    yield registryDocument(
      `syn-registry-${slug}-${part}`,
      `Registry of ${label}, part ${part + 1} of ${parts}`,
      slice,
      write,
    );
  }
}

/** Every registry document, in an order where each relationship's ends are written first. */
export function* allRegistryDocuments(
  seed: number,
  registry: Registry,
): Generator<ValidatedDocument> {
  const write = writers(seed, registry);
  yield* registryDocuments('countries', 'countries and blocs', registry.countries, write.country);
  yield* registryDocuments('governments', 'governments', registry.governments, write.government);
  yield* registryDocuments('agencies', 'agencies', registry.agencies, write.agency);
  yield* registryDocuments(
    'associations',
    'industry associations',
    registry.associations,
    write.plain('an industry association'),
  );
  yield* registryDocuments(
    'analysts',
    'analyst firms',
    registry.analystFirms,
    write.plain('an analyst firm'),
  );
  yield* registryDocuments(
    'outlets',
    'news outlets',
    registry.outlets,
    write.plain('a news outlet'),
  );
  yield* registryDocuments(
    'unnamed',
    'unnamed sources',
    registry.unnamedSources,
    write.plain('an unnamed source'),
  );
  yield* registryDocuments('companies', 'companies', registry.companies, write.company);
  yield* registryDocuments('units', 'business units', registry.businessUnits, write.unit);
  yield* registryDocuments('people', 'people', registry.persons, write.person);
  yield* registryDocuments('items', 'items', registry.items, write.item);
}
