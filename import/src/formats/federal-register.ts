/**
 * `federal-register`: Federal Register document metadata (document_number, publication_date,
 * title, abstract, html_url, api_url, matched_terms, source_post_path). Each row becomes the
 * Federal Register document itself (a :Document we hold no text of, `federal-register-<number>`,
 * published by its agency); a row whose title announces a rule of a kind below also becomes a
 * measure (`fr-<number>`) issued by that agency, reported ANNOUNCED by the document on its
 * publication date. Notices (comment requests, information collections, meetings) stay documents.
 *
 * The file has no agency column. The agency is read from the title and abstract: the Bureau of
 * Industry and Security when they name it (or "BIS"), else the first named of the Department of
 * State, the Department of Homeland Security and the Department of Commerce, else none.
 */
import type { SourceRow } from '../csv-rows.ts';
import { RowReader } from '../adapter-helpers.ts';
import type { FormatAdapter, MeasureType, RowContext } from '../import-model.ts';

/** Title patterns of rules, and the measure types each implies (a title may match several). */
const RULE_TITLES: readonly { pattern: RegExp; types: MeasureType[] }[] = [
  { pattern: /Entity List|Unverified List|Military End-User|Restricted List/i, types: ['LISTING'] },
  {
    pattern:
      /Export Controls?\b|Controls? on|Control of|Commerce Control List|Export Control Classification Number|Foreign-Direct Product|End-User Controls|Nonproliferation Controls|Information Security Controls/i,
    types: ['EXPORT_CONTROL'],
  },
  {
    pattern:
      /License (Requirements?|Review Policy|Exception)|Temporary General License|Validated End-User/i,
    types: ['LICENSING_REQUIREMENT'],
  },
  { pattern: /Sanctions/i, types: ['SANCTION'] },
];
const NOT_RULES =
  /^(Notice|Request for|Agency Information Collection|Proposed Information Collection|Submission for OMB|Membership of|Procedures for Access|Public Briefing)/i;

const AGENCIES: readonly { id: string; pattern: RegExp }[] = [
  { id: 'us-department-of-state', pattern: /Department of State|State Department/ },
  { id: 'us-department-of-homeland-security', pattern: /Department of Homeland Security/ },
  { id: 'us-department-of-commerce', pattern: /Department of Commerce/ },
];

/** The agency a row names (see the module comment), or null. */
export function agencyOf(text: string): string | null {
  if (/Bureau of Industry and Security|\bBIS\b/.test(text))
    return 'us-bureau-of-industry-and-security';
  const named = AGENCIES.map(({ id, pattern }) => ({ id, at: text.search(pattern) })).filter(
    ({ at }) => at >= 0,
  );
  named.sort((a, b) => a.at - b.at);
  return named[0]?.id ?? null;
}

export const federalRegister: FormatAdapter = {
  format: 'federal-register',
  requiredColumns: ['document_number', 'publication_date', 'title', 'abstract', 'html_url'],
  description: {
    title: 'Federal Register documents (federal-register format)',
    language: 'en',
  },
  readRow(row: SourceRow, context: RowContext) {
    const cells = new RowReader(row.values, context);
    const number = cells.required('document_number');
    if (number !== '' && !/^[0-9A-Z]+-[0-9]+$/.test(number))
      cells.problem(
        'document_number',
        `"${number}" is not a Federal Register document number (such as 2022-21658)`,
      );
    const published = cells.date('publication_date');
    if (!published && cells.problems.every((problem) => problem.field !== 'publication_date'))
      cells.problem('publication_date', 'is blank');
    const title = cells.name('title');
    const url = cells.url('html_url');
    if (cells.problems.length > 0 || !published) return { problems: cells.problems };
    const abstract = cells.text('abstract');
    const agencyId = agencyOf(`${title} ${abstract}`);
    const types = NOT_RULES.test(title)
      ? []
      : [
          ...new Set(
            RULE_TITLES.filter(({ pattern }) => pattern.test(title)).flatMap(({ types }) => types),
          ),
        ];
    if (types.length > 0 && /\bproposed\b/i.test(title)) types.push('PROPOSED_RULE');
    const documentNumber = number;
    return {
      facts: {
        publication: {
          id: `federal-register-${documentNumber.toLowerCase()}`,
          title,
          publishedOn: published.date,
          url,
          publisherId: agencyId,
          description: abstract && abstract !== 'No summary provided.' ? abstract : null,
          extra: {
            documentNumber,
            ...(cells.text('api_url') ? { apiUrl: cells.text('api_url') } : {}),
          },
        },
        ...(types.length > 0
          ? {
              measure: {
                id: `fr-${documentNumber.toLowerCase()}`,
                name: title,
                measureTypes: types,
                issuerId: agencyId,
                announcedOn: published.date,
                url,
                listName: null,
                extra: { documentNumber },
              },
            }
          : {}),
        notes: agencyId ? [] : ['no agency is named in the title or abstract: no issuing body'],
      },
    };
  },
};
