/**
 * A list of three or more names that share their last word and differ before it (`Alibaba Cloud,
 * Huawei Cloud, Tencent Cloud and Baidu AI Cloud`) names units of different companies of one kind.
 */
import type { Mention, Span } from '../document.ts';

const JOIN = /^(?:,\s+|,?\s+and\s+|,?\s+or\s+)$/;

/** Business units named by such lists among the runs no other rule placed. */
export function unitLists(text: string, unplaced: Span[]): Mention[] {
  const runs = [...unplaced].sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  let group: Span[] = [];
  const flush = (): void => {
    const last = (r: Span): string => text.slice(r.start, r.end).split(/\s+/).at(-1)!;
    const multiword = group.every((r) => /\s/.test(text.slice(r.start, r.end)));
    if (group.length >= 3 && multiword && group.every((r) => last(r) === last(group[0]!))) {
      for (const r of group)
        out.push({
          start: r.start,
          end: r.end,
          text: text.slice(r.start, r.end),
          kind: 'BUSINESS_UNIT',
          rule: 'unit-list',
          confidence: 0.5,
        });
    }
    group = [];
  };
  for (const run of runs) {
    const previous = group.at(-1);
    if (previous && !JOIN.test(text.slice(previous.end, run.start))) flush();
    group.push(run);
  }
  flush();
  return out;
}
