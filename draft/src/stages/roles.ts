/**
 * Stage 7: roles (`HOLDS_ROLE`). `Foreign Ministry spokesperson Mao Ning` (organisation, role
 * noun, person); `Xiang Ligang, director-general of Information Consumption Alliance` (person, role
 * of organisation); `Under Secretary of the Treasury … Brian E. Nelson` (a title of an organisation
 * before the name); `President Liz Shuler, AFL-CIO` (a title, the name, the organisation).
 */
import type { DraftDoc, DraftRole, Mention } from '../document.ts';
import { ORGANISATION_KINDS, ROLE_NOUNS } from '../lexicon.ts';

const BEFORE = new RegExp(String.raw`^\s+(${ROLE_NOUNS.source})\s+$`, 'i');
const AFTER = new RegExp(
  String.raw`^,\s+(?:the\s+)?((?:[\p{L}\-]+\s+){0,3}?${ROLE_NOUNS.source})\s+(?:of|at|for)\s+(?:the\s+)?$`,
  'iu',
);

/** Finds the roles the mentions' neighbourhood states. */
export function findRoles(doc: DraftDoc): void {
  const roles: DraftRole[] = [];
  const ms = doc.mentions.filter((m) => m.entity !== undefined);
  const add = (
    person: Mention,
    org: Mention,
    role: string,
    start: number,
    end: number,
    rule: string,
  ): void => {
    if (person.entity === org.entity) return;
    if (roles.some((r) => r.person === person.entity && r.organisation === org.entity)) return;
    roles.push({
      person: person.entity!,
      organisation: org.entity!,
      role: role.toLowerCase().replace(/\s+/g, '-'),
      evidence: { start, end },
      rule,
      confidence: 0.7,
    });
  };
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.kind !== 'PERSON') continue;
    const prev = ms[i - 1];
    const next = ms[i + 1];
    if (prev && ORGANISATION_KINDS.has(prev.kind)) {
      const between = doc.text.slice(prev.end, m.start);
      const noun = BEFORE.exec(between);
      if (noun) add(m, prev, noun[1]!, prev.start, m.end, 'org-role-name');
      else if (
        m.title &&
        /^\s+$/.test(between) === false &&
        between.length < 6 &&
        /^[\s’']*$/.test(between)
      )
        add(m, prev, m.title, prev.start, m.end, 'org-title-name');
    }
    if (next && ORGANISATION_KINDS.has(next.kind)) {
      const between = doc.text.slice(m.end, next.start);
      const noun = AFTER.exec(between);
      if (noun) add(m, next, noun[1]!, m.start, next.end, 'name-role-of-org');
      else if (m.title && /^,\s+$/.test(between))
        add(m, next, m.title, m.start, next.end, 'title-name-org');
    }
    if (
      m.title &&
      prev &&
      ORGANISATION_KINDS.has(prev.kind) &&
      prev.rule === 'title-of-org' &&
      m.start - prev.end < 80
    ) {
      add(m, prev, m.title, prev.start, m.end, 'title-of-org-name');
    }
  }
  doc.roles = roles;
}
