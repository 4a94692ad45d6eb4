import { describe, expect, it } from 'vitest';
import {
  THRESHOLDS,
  explainScore,
  roleOverlap,
  scoreMatch,
  type MatchSide,
} from './match-score.ts';

const person = (over: Partial<MatchSide>): MatchSide => ({
  kind: 'PERSON',
  name: 'Frank Andrew St. John',
  aliases: [],
  country: null,
  wikidataId: null,
  description: null,
  datasets: ['cn-sanctions'],
  ...over,
});
const company = (over: Partial<MatchSide>): MatchSide => ({
  ...person({}),
  kind: 'COMPANY',
  name: 'Acme Corp',
  ...over,
});

describe('scoreMatch', () => {
  it('merges one person listed three times with one role text (countries US / ? and two transliterations)', () => {
    const role = 'Chief Operating Officer of Lockheed Martin Corporation';
    const first = person({
      aliases: ['弗兰克·安德鲁·圣约翰'],
      primaryNames: ['弗兰克·安德鲁·圣约翰'],
      country: 'US',
      description: role,
    });
    const second = person({
      aliases: ['弗兰克·圣约翰'],
      primaryNames: ['弗兰克·圣约翰'],
      country: 'US',
      description: role,
    });
    const third = person({ description: 'Chief Operating Officer of Lockheed Martin' });
    const twoCountries = scoreMatch(first, second);
    expect(twoCountries.score).toBeGreaterThanOrEqual(THRESHOLDS.auto);
    expect(twoCountries.features.map((f) => f.feature)).toEqual([
      'NAME_SAME',
      'NAME_DISTINCTIVE',
      'CJK_NAME_DIFFERENT',
      'ROLE_SAME',
      'COUNTRY_SAME',
      'SAME_DATASET',
    ]);
    expect(scoreMatch(first, third).score).toBeGreaterThanOrEqual(THRESHOLDS.auto);
    expect(explainScore(scoreMatch(first, third))).toEqual([
      '+0.45 NAME_SAME "frank andrew st john"',
      '+0.15 NAME_DISTINCTIVE 4 words',
      '+0.30 ROLE_SAME "Chief Operating Officer of Lockheed Martin Corporation" ~ "Chief Operating Officer of Lockheed Martin"',
      '+0.05 SAME_DATASET cn-sanctions',
    ]);
  });

  it('leaves a namesake without other evidence for review, not merged', () => {
    const a = person({ name: 'Barbara Borgonovi' });
    const b = person({ name: 'Barbara Borgonovi', datasets: ['us-special-leg'] });
    const score = scoreMatch(a, b).score;
    expect(score).toBeGreaterThanOrEqual(THRESHOLDS.review);
    expect(score).toBeLessThan(THRESHOLDS.auto);
  });

  it('never scores namesakes with different Wikidata ids, persons with companies, or two countries', () => {
    const robert = person({
      name: "Robert C. O'Brien",
      aliases: ['奥布莱恩'],
      wikidataId: 'Q7342642',
    });
    const neil = person({ name: "Neil O'Brien", aliases: ['奥布莱恩'], wikidataId: 'Q6989101' });
    expect(scoreMatch(robert, neil)).toEqual({
      score: 0,
      features: [],
      blocked: 'different Wikidata ids (Q7342642, Q6989101)',
    });
    // Without ids, a shared transliterated surname is no name in common.
    const score = scoreMatch({ ...robert, wikidataId: null }, { ...neil, wikidataId: null });
    expect(score.score).toBe(0);
    expect(scoreMatch(person({ name: 'Acme Corp' }), company({})).blocked).toBe(
      'an actor of kind PERSON cannot be the same as one of kind COMPANY',
    );
    expect(scoreMatch(company({ country: 'CN' }), company({ country: 'IN' })).blocked).toBe(
      'different countries (CN / IN)',
    );
  });

  it('puts a company whose name differs in legal form and holding up for review (Tencent / Tencent Holdings Limited)', () => {
    const article = company({ name: 'Tencent', country: 'CN', datasets: [] });
    const listed = company({
      name: 'Tencent Holdings Limited',
      aliases: ['Tencent'],
      datasets: ['us-1260h'],
    });
    const match = scoreMatch(article, listed);
    expect(match.features.map((f) => f.feature)).toEqual(['NAME_GROUP_FORM', 'NAME_IS_ALIAS']);
    expect(match.score).toBeLessThan(THRESHOLDS.auto);
    const summit = scoreMatch(
      company({ name: 'Summit Technologies', country: 'US' }),
      company({ name: 'Summit Technologies Inc.', country: 'US' }),
    );
    expect(summit.features.map((f) => f.feature)).toEqual([
      'NAME_LEGAL_FORM',
      'COUNTRY_SAME',
      'SAME_DATASET',
    ]);
    expect(match.score).toBeGreaterThanOrEqual(THRESHOLDS.review);
  });

  it('merges one company on two lists, one row without a country, by full name and alias', () => {
    const a = company({
      name: 'Semiconductor Manufacturing International Corporation',
      aliases: ['SMIC'],
      country: 'CN',
      datasets: ['us-special-leg:entity-list'],
    });
    const b = company({ ...a, country: null, datasets: ['us-1260h'] });
    expect(scoreMatch(a, b).score).toBeGreaterThanOrEqual(THRESHOLDS.auto);
  });

  it('keeps a parent and its subsidiaries apart', () => {
    const parent = company({
      name: 'Semiconductor Manufacturing International Corporation',
      aliases: ['SMIC'],
      datasets: ['us-1260h'],
    });
    for (const name of [
      'Semiconductor Manufacturing International (Beijing) Corporation',
      'SMIC Holdings Limited',
      'Aviation Industry Corporation of China Chengdu Aircraft Company',
    ]) {
      const child = company({
        name,
        aliases: [name.includes('Beijing') ? 'SMIC Beijing' : 'SMIC Holdings'],
        datasets: ['us-1260h'],
      });
      expect(scoreMatch(parent, child).score).toBeLessThan(THRESHOLDS.review);
    }
  });

  it('measures role overlap on the shorter text', () => {
    expect(
      roleOverlap(
        'Chief Operating Officer of Lockheed Martin',
        'Chief Operating Officer of Lockheed Martin Corporation',
      ),
    ).toBe(1);
    expect(roleOverlap('US Senator', 'Member of the House')).toBe(0);
    expect(roleOverlap(null, 'x')).toBe(0);
  });
});
