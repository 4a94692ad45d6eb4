/**
 * The measures of a synthetic graph and their announcements: each measure is announced by one
 * agency in a document of its own whose sentences are the evidence of what it covers, whom it
 * applies to, whom it targets and which earlier measure it responds to. Lower indexes are older
 * and, picked through Zipf samplers by articles, the most discussed.
 */
import { MEASURE_TYPES, type GraphRelationship, type ValidatedDocument } from '@policygraph/model';
import { addDays, dayAt, monthDay } from './dates.ts';
import type { EntityRef, ItemRef, Registry } from './entities.ts';
import { documentNode, entityNode, relationship } from './graph-parts.ts';
import { localWord } from './names.ts';
import { streamFor, ZipfSampler } from './random.ts';
import type { SyntheticPlan } from './sizes.ts';
import { TextBuilder } from './text-builder.ts';

/** A measure with everything its announcement states. */
export interface MeasureRef extends EntityRef {
  measureType: (typeof MEASURE_TYPES)[number];
  announcedOn: string;
  effectiveOn: string;
  issuer: EntityRef;
  covers: ItemRef[];
  appliesTo: EntityRef[];
  targets: EntityRef;
  respondsTo: MeasureRef | null;
}

const TYPE_WORDS: Record<MeasureRef['measureType'], string> = {
  EXPORT_CONTROL: 'export control',
  PROPOSED_RULE: 'proposed rule',
  LICENSING_REQUIREMENT: 'licensing requirement',
  SANCTION: 'sanctions',
  LISTING: 'entity listing',
  RESTRICTION: 'import restriction',
};

function localName(measure: {
  measureType: MeasureRef['measureType'];
  item: ItemRef;
  issuer: EntityRef;
}): string | null {
  const script = measure.issuer.country.script;
  const word = localWord(measure.item.base, script);
  if (!word) return null;
  if (script === 'cyrillic') return `Экспортный контроль: ${word}`;
  if (script === 'arabic') return `ضوابط تصدير ${word}`;
  if (script === 'hangul') return `${word} 수출 통제`;
  return `关于${word}的出口管制`;
}

/** The measures of `plan`, oldest (and most discussed) first. */
export function buildMeasures(seed: number, plan: SyntheticPlan, registry: Registry): MeasureRef[] {
  const pickAgency = new ZipfSampler(registry.agencies.length, 1.0);
  const pickItem = new ZipfSampler(registry.items.length, 0.9);
  const pickCompany = new ZipfSampler(registry.companies.length, 0.9);
  const pickCountry = new ZipfSampler(registry.countries.length, 1.2);
  const measures: MeasureRef[] = [];
  for (let i = 0; i < plan.measures; i += 1) {
    const random = streamFor(seed, 'measure', i);
    const issuer = registry.agencies[pickAgency.sample(random)]!;
    const measureType = random.pick(MEASURE_TYPES);
    const covers = [
      ...new Set(
        Array.from({ length: random.int(1, 3) }, () => registry.items[pickItem.sample(random)]!),
      ),
    ];
    const appliesTo = [
      ...new Set(
        Array.from(
          { length: random.int(0, 2) },
          () => registry.companies[pickCompany.sample(random)]!,
        ),
      ),
    ];
    let targets = registry.countries[pickCountry.sample(random)]!;
    if (targets.country.code === issuer.country.code)
      targets =
        registry.countries[(registry.countries.indexOf(targets) + 1) % registry.countries.length]!;
    const announcedOn = dayAt(((i + random.next()) / plan.measures) * 0.9);
    const item = covers[0]!;
    const local = localName({ measureType, item, issuer });
    const name = `${issuer.country.name} ${TYPE_WORDS[measureType]} on ${item.name}${covers.length > 1 ? ' and related items' : ''} (${announcedOn.slice(0, 7)}, no. ${i + 1})`;
    measures.push({
      id: `syn-measure-${i}`,
      kind: 'MEASURE',
      name,
      local,
      aliases: local ? [local] : [],
      country: issuer.country,
      description: `A ${TYPE_WORDS[measureType]} announced by the ${issuer.name}.`,
      measureType,
      announcedOn,
      effectiveOn: addDays(announcedOn, random.int(14, 120)),
      issuer,
      covers,
      appliesTo,
      targets,
      respondsTo:
        i > 0 && random.chance(0.3) ? measures[random.int(Math.max(0, i - 50), i - 1)]! : null,
    });
  }
  return measures;
}

/** The announcement document of `measure` with the measure node and its relationships. */
export function announcementDocument(measure: MeasureRef, index: number): ValidatedDocument {
  const id = `syn-announcement-${index}`;
  const text = new TextBuilder(id);
  const title = `${measure.issuer.name}: announcement of the ${measure.name}`;
  const titleEvidence = text.add(title);
  text.add(`\n\n${measure.issuer.country.capital}, ${monthDay(measure.announcedOn)} — `);
  const opening = text.mark();
  text.add(`The ${measure.issuer.name} announced the `);
  const measureName = text.add(measure.name);
  text.add('.');
  const announced = [text.since(opening)];
  const relationships: GraphRelationship[] = [
    relationship('ISSUED_BY', measure.id, measure.issuer.id, announced),
    relationship('PUBLISHED_BY', id, measure.issuer.id, announced),
    relationship('REPORTS_STATUS', id, measure.id, announced, {
      status: 'ANNOUNCED',
      asOf: measure.announcedOn,
    }),
  ];
  const sentence = (
    type: 'COVERS' | 'APPLIES_TO' | 'TARGETS' | 'RESPONDS_TO',
    words: string,
    target: EntityRef,
  ) => {
    text.add(' ');
    const start = text.mark();
    text.add(`${words} ${target.name}.`);
    relationships.push(relationship(type, measure.id, target.id, [text.since(start)]));
  };
  for (const item of measure.covers) sentence('COVERS', 'It covers', item);
  for (const company of measure.appliesTo) sentence('APPLIES_TO', 'It applies to', company);
  sentence('TARGETS', 'It is aimed at', measure.targets);
  if (measure.respondsTo) sentence('RESPONDS_TO', 'It responds to the', measure.respondsTo);
  text.add(` It takes effect on ${measure.effectiveOn}.\n`);
  const document = documentNode(
    {
      id,
      title,
      documentType: 'ANNOUNCEMENT',
      publishedOn: measure.announcedOn,
      language: 'en',
      dateline: `${measure.issuer.country.capital}, ${monthDay(measure.announcedOn)}`,
    },
    text.text(),
    [titleEvidence],
  );
  const node = entityNode(
    measure,
    [measureName],
    { measureTypes: [measure.measureType], status: 'ANNOUNCED' },
    { announcedOn: measure.announcedOn, effectiveOn: measure.effectiveOn },
  );
  return { file: `synthetic:${id}`, documentId: id, nodes: [document, node], relationships };
}
