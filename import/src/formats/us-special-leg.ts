/**
 * `us-special-leg`: lists named in US legislation, in the column layout OpenSanctions uses for them
 * (us_special_leg/source_files/section_1286.csv: schema, name, aliases, topics, program, authority,
 * reason, report-date, start-date, end-date, country, notes, source_url). One row is one entity in
 * one report; the measure is the report: program + report-date + source_url. Known programs say
 * which body publishes the list (Section 1286: the Department of Defense, by mandate of Congress);
 * for any other program the `authority` column names the issuing body.
 */
import type { SourceRow } from '../csv-rows.ts';
import { RowReader } from '../adapter-helpers.ts';
import { bodyById, issuingBodyNamed, newBodyNote } from '../issuing-bodies.ts';
import type { FormatAdapter, RowContext } from '../import-model.ts';
import { slugify } from '../names.ts';
import type { ActorKind } from '@policygraph/model';

const KINDS: Record<string, ActorKind> = {
  Company: 'COMPANY',
  Organization: 'ORGANIZATION',
  LegalEntity: 'ORGANIZATION',
  PublicBody: 'AGENCY',
  Person: 'PERSON',
};

/** Programs whose list is published by a body other than the one in `authority`. */
const PROGRAMS: Record<string, { issuerId: string; listName: string; slug: string }> = {
  'Section 1286 of the John S. McCain National Defense Authorization Act for Fiscal Year 2019 (Public Law 115 - 232)':
    {
      issuerId: 'us-department-of-defense',
      listName: 'Section 1286 list of foreign institutions of concern',
      slug: 'section-1286-list',
    },
};

export const usSpecialLeg: FormatAdapter = {
  format: 'us-special-leg',
  requiredColumns: [
    'schema',
    'name',
    'aliases',
    'program',
    'authority',
    'report-date',
    'start-date',
    'end-date',
    'country',
    'source_url',
  ],
  description: {
    title: 'US special legislation list (us-special-leg format)',
    language: 'en',
  },
  readRow(row: SourceRow, context: RowContext) {
    const cells = new RowReader(row.values, context);
    const schema = cells.required('schema');
    const kind = KINDS[schema];
    if (schema !== '' && !kind)
      cells.problem('schema', `"${schema}" is not one of ${Object.keys(KINDS).join(', ')}`);
    const name = cells.name('name');
    const program = cells.required('program');
    const reportDate = cells.date('report-date');
    const listedOn = cells.date('start-date');
    const delistedOn = cells.date('end-date');
    const country = cells.country('country');
    const sourceUrl = cells.url('source_url');
    cells.datesInOrder(listedOn, delistedOn, 'end-date');
    const known = PROGRAMS[program];
    const authority = cells.text('authority');
    const named = known
      ? { body: bodyById(known.issuerId), isNew: false }
      : authority === ''
        ? undefined
        : issuingBodyNamed(authority);
    if (program !== '' && !known && !named)
      cells.problem(
        'authority',
        'the program is not one whose publisher is known, and no authority is given',
      );
    const issuer = named?.body;
    if (cells.problems.length > 0 || !kind || !issuer || !named)
      return { problems: cells.problems };
    const listName = known?.listName ?? program;
    const year = reportDate ? reportDate.date.slice(0, 4) : null;
    const edition =
      reportDate?.precision === 'YEAR' ? `${year} report` : (reportDate?.date ?? 'undated');
    return {
      facts: {
        actor: {
          kind,
          name,
          aliases: cells.names('aliases').filter((alias) => alias !== name),
          country,
          wikidataId: null,
          description: cells.text('notes') || null,
        },
        measure: {
          id: `${issuer.id}-${known?.slug ?? slugify(program, 50)}-${reportDate?.date.slice(0, reportDate.precision === 'YEAR' ? 4 : 10) ?? 'undated'}`,
          name: `${issuer.shortName}: ${listName}, ${edition}`,
          measureTypes: ['LISTING', 'RESTRICTION'],
          issuerId: issuer.id,
          announcedOn: reportDate?.precision === 'DAY' ? reportDate.date : null,
          url: sourceUrl,
          listName,
          extra: {
            legalAuthority: `${program}; ${authority}`,
            ...(year ? { reportYear: Number(year) } : {}),
          },
        },
        listing: {
          listedOn,
          delistedOn,
          sourceUrl,
          dataset: `us-special-leg:${known?.slug ?? slugify(program, 50)}`,
        },
        notes: newBodyNote(named),
        ...(named.isNew ? { newBodies: [named.body] } : {}),
      },
    };
  },
};
