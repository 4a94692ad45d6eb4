/**
 * `us-1260h`: the US Department of Defense list of Chinese military companies under Section 1260H
 * of the FY2021 NDAA, as OpenSanctions keeps it (us_dod_chinese_milcorps/sanctions.csv). One row
 * is one company in one edition of the list: the measure is the edition (its Start date and Source
 * Url), `us-department-of-defense-section-1260h-list-<date>`; End date is when the company was
 * dropped. The file gives no country (it is not assumed), so these companies merge with others
 * only by Wikidata id or within the list; matches by name alone are left for review.
 */
import type { SourceRow } from '../csv-rows.ts';
import { RowReader } from '../adapter-helpers.ts';
import { bodyById } from '../issuing-bodies.ts';
import type { FormatAdapter, RowContext } from '../import-model.ts';

const DOD = bodyById('us-department-of-defense');

export const us1260h: FormatAdapter = {
  format: 'us-1260h',
  requiredColumns: [
    'Name',
    'Clean Name',
    'Alias',
    'Previous Name',
    'Parent Name',
    'Note',
    'Start date',
    'End date',
    'Source Url',
  ],
  description: {
    title: 'US Section 1260H list (us-1260h format)',
    language: 'en',
  },
  readRow(row: SourceRow, context: RowContext) {
    const cells = new RowReader(row.values, context);
    const cleanName = cells.text('Clean Name') === '' ? '' : cells.name('Clean Name');
    const name = cleanName || cells.name('Name');
    const listedOn = cells.date('Start date');
    const delistedOn = cells.date('End date');
    const sourceUrl = cells.url('Source Url');
    if (!listedOn && cells.problems.every((problem) => problem.field !== 'Start date'))
      cells.problem('Start date', 'is blank: a 1260H listing needs the date of its edition');
    cells.datesInOrder(listedOn, delistedOn, 'End date');
    if (cells.problems.length > 0 || !listedOn) return { problems: cells.problems };
    const formerNames = cells.names('Previous Name').filter((former) => former !== name);
    const aliases = [...cells.names('Alias', 'semicolon-or-tight-comma'), ...formerNames];
    const parent = cells.text('Parent Name');
    const note = cells.text('Note');
    return {
      facts: {
        actor: {
          kind: 'COMPANY',
          name,
          aliases: [...new Set(aliases)].filter((alias) => alias !== name && alias !== ''),
          primaryAliases: formerNames,
          country: null,
          wikidataId: null,
          description: note || (parent ? `Listed with parent company ${parent}.` : null),
        },
        measure: {
          id: `us-department-of-defense-section-1260h-list-${listedOn.date}`,
          name: `${DOD.shortName}: Section 1260H list of Chinese military companies, ${listedOn.date}`,
          measureTypes: ['LISTING', 'RESTRICTION'],
          issuerId: DOD.id,
          announcedOn: listedOn.date,
          url: sourceUrl,
          listName: 'Section 1260H list of Chinese military companies',
          extra: {
            legalAuthority:
              'Section 1260H of the William M. (Mac) Thornberry National Defense Authorization Act for Fiscal Year 2021 (Pub. L. 116-283)',
          },
        },
        listing: { listedOn, delistedOn, sourceUrl, dataset: 'us-1260h' },
        notes: sourceUrl ? [] : ['Source Url is blank: the edition has no official source URL'],
      },
    };
  },
};
