/**
 * IMPOSSIBLE_DATE: dates that do not exist (2023-02-30), and dates in an impossible order: a
 * measure in effect before it was announced, a document published in the future, a statement made
 * after the document that reports it, a status reported as of a day after the report, a document
 * relaying a later one, a measure reported announced or in effect before its announcement or
 * effective date.
 */
import {
  isCalendarDate,
  parsePartialDate,
  todayIso,
  type GraphNode,
  type GraphRelationship,
} from '@policygraph/model';
import type { ParsedSeedFile } from './parse-seed-file.ts';
import type { ProblemList } from './problems.ts';

/** Reports days that do not exist, field by field, before the graph is built. */
export function validateCalendarDates(parsed: ParsedSeedFile, problems: ProblemList): void {
  const check = (entry: string, field: string, value: string | null | undefined): void => {
    if (value && !isCalendarDate(value))
      problems.add('IMPOSSIBLE_DATE', entry, field, `${value} is not a day of the calendar.`);
  };
  if (parsed.document)
    check(parsed.document.entry, 'publishedOn', parsed.document.value.publishedOn);
  for (const { value, entry } of parsed.documents) check(entry, 'publishedOn', value.publishedOn);
  for (const { value, entry } of parsed.measures) {
    check(entry, 'announcedOn', value.announcedOn);
    check(entry, 'effectiveOn', value.effectiveOn);
  }
  for (const { value, entry } of parsed.relationships) check(entry, 'asOf', value.asOf);
  for (const { value, entry } of parsed.statements) {
    if (value.date && !parsePartialDate(value.date)) {
      problems.add(
        'IMPOSSIBLE_DATE',
        entry,
        'date',
        `${value.date} is not a year, month or day of the calendar.`,
      );
    }
  }
}

/** Reports dates in an impossible order, on the built graph (calendar-valid dates only). */
export function validateDateOrder(
  nodes: readonly GraphNode[],
  relationships: readonly GraphRelationship[],
  problems: ProblemList,
  today: string = todayIso(),
): void {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const valid = (value: string | undefined): string | undefined =>
    value && isCalendarDate(value) ? value : undefined;
  const dateOf = (id: string, property: string): string | undefined =>
    valid(byId.get(id)?.dates[property]);

  for (const node of nodes) {
    const published = valid(node.dates.publishedOn);
    if (published && published > today) {
      problems.add(
        'IMPOSSIBLE_DATE',
        node.entry,
        'publishedOn',
        `${published} is in the future (today is ${today}).`,
      );
    }
    const announced = valid(node.dates.announcedOn);
    const effective = valid(node.dates.effectiveOn);
    if (announced && effective && effective < announced) {
      problems.add(
        'IMPOSSIBLE_DATE',
        node.entry,
        'effectiveOn',
        `takes effect on ${effective}, before it was announced on ${announced}.`,
      );
    }
  }
  for (const relationship of relationships) {
    const at = relationship.field || relationship.type;
    if (relationship.type === 'REPORTED_IN') {
      const said = dateOf(relationship.from, 'date');
      const published = dateOf(relationship.to, 'publishedOn');
      const saidEntry = byId.get(relationship.from)?.entry ?? relationship.entry;
      if (said && published && said > published) {
        problems.add(
          'IMPOSSIBLE_DATE',
          saidEntry,
          'date',
          `said on ${said}, after ${relationship.to} reporting it was published (${published}).`,
        );
      }
    }
    if (relationship.type === 'RELAYS') {
      const relaying = dateOf(relationship.from, 'publishedOn');
      const relayed = dateOf(relationship.to, 'publishedOn');
      if (relaying && relayed && relayed > relaying) {
        problems.add(
          'IMPOSSIBLE_DATE',
          relationship.entry,
          at,
          `${relationship.from} (${relaying}) cannot relay ${relationship.to}, published later (${relayed}).`,
        );
      }
    }
    if (relationship.type === 'REPORTS_STATUS') {
      const asOf = valid(relationship.dates.asOf);
      if (!asOf) continue;
      const published = dateOf(relationship.from, 'publishedOn');
      if (published && asOf > published) {
        problems.add(
          'IMPOSSIBLE_DATE',
          relationship.entry,
          'asOf',
          `${asOf} is after ${relationship.from} was published (${published}).`,
        );
      }
      const status = relationship.properties.status;
      const announced = dateOf(relationship.to, 'announcedOn');
      const effective = dateOf(relationship.to, 'effectiveOn');
      if ((status === 'ANNOUNCED' || status === 'IN_EFFECT') && announced && asOf < announced) {
        problems.add(
          'IMPOSSIBLE_DATE',
          relationship.entry,
          'asOf',
          `reports ${status} as of ${asOf}, before ${relationship.to} was announced (${announced}).`,
        );
      }
      if (status === 'IN_EFFECT' && effective && asOf < effective) {
        problems.add(
          'IMPOSSIBLE_DATE',
          relationship.entry,
          'asOf',
          `reports IN_EFFECT as of ${asOf}, before ${relationship.to} takes effect (${effective}).`,
        );
      }
    }
  }
}
