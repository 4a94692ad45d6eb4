/**
 * The articles of a synthetic graph: each is a document with a generated text, published by an
 * outlet and mostly written by one of its reporters, carrying one to eight statements (who said
 * what about which measure, company, agency or item), sometimes relaying an earlier article,
 * citing unnamed sources, or reporting a measure's status. Speakers, outlets and subjects are
 * drawn through Zipf samplers, so a few hubs take most statements. Article `j` depends only on
 * the seed and `j` (and the outlet of the article it relays), never on the articles before it.
 */
import type {
  EvidenceRecord,
  GraphNode,
  GraphRelationship,
  ValidatedDocument,
} from '@policygraph/model';
import { deriveStatementName } from '@policygraph/graph-seed';
import {
  articleTitle,
  pickLanguage,
  quoteFrame,
  quoteText,
  UNNAMED_WORDS,
  type ArticleLanguage,
} from './article-language.ts';
import { dayAt, monthDay } from './dates.ts';
import type { EntityRef, PersonRef, Registry } from './entities.ts';
import { documentNode, relationship } from './graph-parts.ts';
import type { MeasureRef } from './measures.ts';
import { streamFor, ZipfSampler, type Random } from './random.ts';
import { TextBuilder } from './text-builder.ts';

/** What articles are drawn from. */
export interface ArticleContext {
  seed: number;
  registry: Registry;
  measures: MeasureRef[];
  /** Articles expected in the graph: spreads their dates over the span. */
  expectedArticles: number;
}

interface Samplers {
  outlet: ZipfSampler;
  person: ZipfSampler;
  measure: ZipfSampler;
  company: ZipfSampler;
  agency: ZipfSampler;
  item: ZipfSampler;
}

const samplerCache = new WeakMap<ArticleContext, Samplers>();

function samplers(context: ArticleContext): Samplers {
  let found = samplerCache.get(context);
  if (!found) {
    const { registry } = context;
    found = {
      outlet: new ZipfSampler(registry.outlets.length, 1.0),
      person: new ZipfSampler(registry.persons.length, 1.05),
      measure: new ZipfSampler(context.measures.length, 1.0),
      company: new ZipfSampler(registry.companies.length, 1.0),
      agency: new ZipfSampler(registry.agencies.length, 1.0),
      item: new ZipfSampler(registry.items.length, 1.0),
    };
    samplerCache.set(context, found);
  }
  return found;
}

/** The id of article `index`. */
export const articleId = (index: number): string => `syn-article-${index}`;

/** The outlet of article `index` (its own stream, so a relaying article can name it). */
export function outletOf(context: ArticleContext, index: number): EntityRef {
  return context.registry.outlets[
    samplers(context).outlet.sample(streamFor(context.seed, 'article-outlet', index))
  ]!;
}

/** The publication day of article `index`. */
export function articleDate(context: ArticleContext, index: number): string {
  return dayAt(
    (index + streamFor(context.seed, 'article-date', index).next()) / context.expectedArticles,
  );
}

/** What a statement is about: a measure most often, else a company, an agency or an item. */
function pickSubject(context: ArticleContext, random: Random): EntityRef {
  const pick = samplers(context);
  const draw = random.next();
  if (draw < 0.65) return context.measures[pick.measure.sample(random)]!;
  if (draw < 0.8) return context.registry.companies[pick.company.sample(random)]!;
  if (draw < 0.9) return context.registry.agencies[pick.agency.sample(random)]!;
  return context.registry.items[pick.item.sample(random)]!;
}

/** The name of `ref` as written in an article in `language`. */
function nameIn(language: ArticleLanguage, ref: EntityRef): string {
  if (ref.kind === 'UNNAMED_SOURCE')
    return language === 'en'
      ? ref.aliases[0]!
      : UNNAMED_WORDS[language][Number(ref.id.split('-').pop()) % 4]!;
  if (language === 'en' || !ref.local) return ref.name;
  const scripts = {
    zh: /[\p{Script=Han}\p{Script=Hangul}]/u,
    ru: /\p{Script=Cyrillic}/u,
    ar: /\p{Script=Arabic}/u,
  };
  return scripts[language].test(ref.local) ? ref.local : ref.name;
}

/** Article `index` as a document with its statements. */
export function articleDocument(context: ArticleContext, index: number): ValidatedDocument {
  const { registry } = context;
  const pick = samplers(context);
  const random = streamFor(context.seed, 'article', index);
  const id = articleId(index);
  const date = articleDate(context, index);
  const outlet = outletOf(context, index);
  const language = pickLanguage(random);
  const reporters = registry.reportersByOutlet.get(outlet.id);
  const author: PersonRef | null = reporters && random.chance(0.85) ? random.pick(reporters) : null;
  const count = 1 + Math.min(7, Math.floor(-Math.log(1 - random.next()) * 1.8));
  const speakers = Array.from({ length: count }, (): EntityRef =>
    random.chance(0.1)
      ? random.pick(registry.unnamedSources)
      : registry.persons[pick.person.sample(random)]!,
  );
  const subjects = Array.from({ length: count }, () => [
    ...new Set([
      pickSubject(context, random),
      ...(random.chance(0.3) ? [pickSubject(context, random)] : []),
    ]),
  ]);

  const text = new TextBuilder(id);
  const title = articleTitle(
    language,
    nameIn(language, speakers[0]!),
    nameIn(language, subjects[0]![0]!),
  );
  const titleEvidence = text.add(title);
  text.add(`\n\n${outlet.country.capital}, ${monthDay(date)} (`);
  const outletEvidence = text.add(outlet.name);
  text.add(') — ');
  const relationships: GraphRelationship[] = [
    relationship('PUBLISHED_BY', id, outlet.id, [outletEvidence]),
  ];

  const relayed =
    index > 0 && random.chance(0.15) ? random.int(Math.max(0, index - 2000), index - 1) : null;
  if (relayed !== null) {
    const start = text.mark();
    text.add(`${outletOf(context, relayed).name} reported on ${articleDate(context, relayed)}`);
    relationships.push(relationship('RELAYS', id, articleId(relayed), [text.since(start)]));
    if (random.chance(0.5)) {
      const source = random.pick(registry.unnamedSources);
      text.add(', citing ');
      relationships.push(relationship('CITES', id, source.id, [text.add(source.aliases[0]!)]));
    }
    text.add('. ');
  }

  const nodes: GraphNode[] = [];
  for (let k = 0; k < count; k += 1) {
    const speaker = speakers[k]!;
    const about = subjects[k]!;
    const direct = random.chance(0.7);
    const toOutlet = speaker.kind === 'PERSON' && random.chance(0.15);
    const role =
      speaker.kind === 'PERSON'
        ? `${(speaker as PersonRef).role} at ${(speaker as PersonRef).org.name}`
        : null;
    const frame = quoteFrame(
      language,
      direct,
      nameIn(language, speaker),
      role,
      toOutlet ? nameIn(language, outlet) : null,
    );
    const quote = quoteText(language, direct, nameIn(language, about[0]!), random);
    text.add(frame.before);
    const evidence: EvidenceRecord[] = [
      text.add(direct ? quote + (language === 'en' ? '.' : '') : quote),
    ];
    text.add(direct && language === 'en' ? frame.after.slice(1) : frame.after);
    text.add(k === count - 1 ? '\n' : ' ');
    const statementId = `syn-statement-${index}-${k}`;
    const precision = random.next();
    const [datePrecision, statementDate] =
      precision < 0.8
        ? ['DAY', date]
        : precision < 0.95
          ? ['MONTH', `${date.slice(0, 7)}-01`]
          : ['YEAR', `${date.slice(0, 4)}-01-01`];
    const statedQuote = evidence[0]!.quote;
    const form = direct ? 'DIRECT_QUOTE' : 'PARAPHRASE';
    const name = deriveStatementName(speaker.name, statedQuote, form);
    nodes.push({
      id: statementId,
      kind: 'STATEMENT',
      name,
      aliases: [],
      entry: `statement ${statementId}`,
      evidence,
      properties: {
        kind: 'STATEMENT',
        name,
        quote: statedQuote,
        form,
        datePrecision: datePrecision!,
      },
      dates: { date: statementDate! },
    });
    relationships.push(relationship('SAID_BY', statementId, speaker.id, evidence));
    for (const subject of about)
      relationships.push(relationship('ABOUT', statementId, subject.id, evidence));
    relationships.push(relationship('REPORTED_IN', statementId, id, evidence));
    if (k === 0 && relayed !== null)
      relationships.push(relationship('REPORTED_IN', statementId, articleId(relayed), evidence));
    if (toOutlet) relationships.push(relationship('SAID_TO', statementId, outlet.id, evidence));
  }

  const first = subjects[0]![0]!;
  if (first.kind === 'MEASURE' && language === 'en' && random.chance(0.3)) {
    const measure = first as MeasureRef;
    if (date >= measure.announcedOn) {
      const status =
        date < measure.effectiveOn ? 'ANNOUNCED' : random.chance(0.9) ? 'IN_EFFECT' : 'SUSPENDED';
      const words = {
        ANNOUNCED: 'announced but not yet in effect',
        IN_EFFECT: 'in effect',
        SUSPENDED: 'suspended',
      }[status];
      const start = text.mark();
      text.add(`As of ${date}, the ${measure.name} is ${words}.`);
      relationships.push(
        relationship('REPORTS_STATUS', id, measure.id, [text.since(start)], { status, asOf: date }),
      );
      text.add('\n');
    }
  }
  if (author) {
    text.add('\nBy ');
    relationships.push(
      relationship('WRITTEN_BY', id, author.id, [text.add(nameIn(language, author))]),
    );
  }
  const documentType =
    speakers[0]!.kind === 'PERSON' &&
    (speakers[0] as PersonRef).role === 'spokesperson' &&
    random.chance(0.3)
      ? 'PRESS_CONFERENCE'
      : 'ARTICLE';
  const document = documentNode(
    {
      id,
      title,
      documentType,
      publishedOn: date,
      language,
      dateline: `${outlet.country.capital}, ${monthDay(date)}`,
      url: `https://news.example/${outlet.id}/${index}`,
    },
    text.text(),
    [titleEvidence],
  );
  return { file: `synthetic:${id}`, documentId: id, nodes: [document, ...nodes], relationships };
}
