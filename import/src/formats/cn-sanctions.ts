/**
 * `cn-sanctions`: China's sanctions, countermeasure and export-control listings as curated by
 * OpenSanctions (cn_sanctions/sanctions.csv). One row lists one actor on one announcement. The
 * measure is the announcement: issuing body (Body) + list (List) + date (Date) + official source
 * (Source URL); its id is `<body>-<list>-<date>-<6 hex of the URL>` because one body sometimes
 * issued two announcements on one list on one day. Blank List, Body, Date or Country are kept
 * blank (the measure's name then says what is known), never filled in.
 */
import type { SourceRow } from '../csv-rows.ts';
import { RowReader, shortHash } from '../adapter-helpers.ts';
import { issuingBodyNamed, newBodyNote } from '../issuing-bodies.ts';
import type {
  ActorFact,
  FormatAdapter,
  MeasureType,
  RowFacts,
  RowContext,
} from '../import-model.ts';
import { slugify } from '../names.ts';
import type { ActorKind } from '@policygraph/model';

const KINDS: Record<string, ActorKind> = {
  Company: 'COMPANY',
  Organization: 'ORGANIZATION',
  Person: 'PERSON',
};

/** Abbreviations of the List column, spelt out. Other list names are kept as written. */
const LIST_NAMES: Record<string, string> = {
  UEL: 'Unreliable Entity List',
  AFSL: 'Countermeasures under the Anti-Foreign Sanctions Law',
};

/** What a topic says the listing is, and how a blank List is described. */
const TOPICS: Record<string, { types: MeasureType[]; words: string }> = {
  'sanction.counter': { types: ['SANCTION'], words: 'Countermeasures' },
  sanction: { types: ['SANCTION'], words: 'Sanctions' },
  'export.control': { types: ['EXPORT_CONTROL'], words: 'Export control listing' },
};

export const cnSanctions: FormatAdapter = {
  format: 'cn-sanctions',
  requiredColumns: [
    'Type',
    'QID',
    'Name',
    'Alias',
    'Chinese name',
    'Country',
    'Topics',
    'Summary',
    'Body',
    'List',
    'Date',
    'End date',
    'Source URL',
  ],
  description: {
    title: 'Chinese sanctions lists (cn-sanctions format)',
    language: 'en',
  },
  readRow(row: SourceRow, context: RowContext) {
    const cells = new RowReader(row.values, context);
    const typeCell = cells.required('Type');
    const kind = KINDS[typeCell];
    if (typeCell !== '' && !kind)
      cells.problem('Type', `"${typeCell}" is not one of ${Object.keys(KINDS).join(', ')}`);
    const name = cells.name('Name');
    const wikidataId = cells.wikidataId('QID');
    const country = cells.country('Country');
    const listedOn = cells.date('Date');
    const delistedOn = cells.date('End date');
    const sourceUrl = cells.url('Source URL');
    const bodyCell = cells.text('Body');
    const named = bodyCell === '' ? undefined : issuingBodyNamed(bodyCell);
    const body = named?.body;
    cells.datesInOrder(listedOn, delistedOn, 'End date');
    if (cells.problems.length > 0 || !kind) return { problems: cells.problems };

    const topics = cells
      .text('Topics')
      .split(/[;,]/)
      .map((topic) => topic.trim())
      .filter(Boolean);
    const known = topics.map((topic) => TOPICS[topic]).filter((topic) => topic !== undefined);
    const listCell = cells.text('List');
    const listName = listCell === '' ? null : (LIST_NAMES[listCell] ?? listCell);
    const listWords = listName ?? known[0]?.words ?? 'Listing';
    const date = listedOn?.date ?? null;
    const bodyPart = body?.id ?? 'cn-unattributed';
    const id = [
      bodyPart,
      slugify(listWords, 50),
      date ?? 'undated',
      ...(sourceUrl ? [shortHash(sourceUrl)] : []),
    ].join('-');
    const chinese = cells.text('Chinese name');
    const actor: ActorFact = {
      kind,
      name,
      aliases: [...new Set([...cells.names('Alias'), ...(chinese ? [chinese] : [])])].filter(
        (alias) => alias !== name,
      ),
      primaryAliases: chinese && chinese !== name ? [chinese] : [],
      country,
      wikidataId,
      description: cells.text('Summary') || null,
    };
    const notes: string[] = named ? newBodyNote(named) : [];
    if (!body) notes.push('Body is blank: the measure has no issuing body');
    if (!listedOn) notes.push('Date is blank: the listing is undated');
    const facts: RowFacts = {
      actor,
      measure: {
        id,
        name: `${body?.shortName ?? 'Issuing body not stated'}: ${listWords}, ${date ?? 'undated'}`,
        measureTypes: ['LISTING', ...new Set(known.flatMap((topic) => topic.types))],
        issuerId: body?.id ?? null,
        announcedOn: date,
        url: sourceUrl,
        listName,
        extra: {},
      },
      listing: { listedOn, delistedOn, sourceUrl, dataset: 'cn-sanctions' },
      notes,
      ...(named?.isNew ? { newBodies: [named.body] } : {}),
    };
    return { facts };
  },
};
