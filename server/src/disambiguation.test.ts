import { describe, expect, it } from 'vitest';
import { disambiguation, shortActorName, type DisambiguationFacts } from './disambiguation.ts';
import type { NodeRow } from './neo4j/rows.ts';

const node = (
  kind: NodeRow['kind'],
  name: string,
  properties: Record<string, unknown> = {},
): NodeRow => ({
  id: 'x',
  kind,
  name,
  aliases: [],
  description: null,
  evidence: [],
  properties,
  hasText: false,
});
const facts = (partial: Partial<DisambiguationFacts>): DisambiguationFacts => ({
  issuers: [],
  outlets: [],
  speakers: [],
  namesakes: 0,
  listed: [],
  listedCount: 0,
  ...partial,
});
const BIS = { name: 'Bureau of Industry and Security', aliases: ['BIS'] };
const MOFCOM = {
  name: "Ministry of Commerce of the People's Republic of China",
  aliases: ['MOFCOM', '商务部'],
};

describe('disambiguation', () => {
  it('gives a rule its authority (short) and date', () => {
    const rule = node('MEASURE', 'Additions to the Entity List', { announcedOn: '2023-10-19' });
    expect(disambiguation(rule, facts({ issuers: [BIS] }))).toBe('BIS, 2023-10-19');
  });
  it('leaves out what the name already says, and adds what two announcements of one day list', () => {
    const announcement = node('MEASURE', 'MOFCOM: Unreliable Entity List, 2024-05-20', {
      announcedOn: '2024-05-20',
    });
    expect(disambiguation(announcement, facts({ issuers: [MOFCOM] }))).toBeNull();
    expect(
      disambiguation(
        announcement,
        facts({ issuers: [MOFCOM], namesakes: 1, listed: ['A Corp', 'B Corp'], listedCount: 5 }),
      ),
    ).toBe('listing A Corp, B Corp and 3 more');
  });
  it('gives an actor its kind and country, an item its type', () => {
    expect(disambiguation(node('AGENCY', 'Ministry of Commerce', { country: 'IN' }), null)).toBe(
      'agency, IN',
    );
    expect(disambiguation(node('COUNTRY_OR_BLOC', 'China'), null)).toBe('country or bloc');
    expect(disambiguation(node('ITEM', 'Gallium', { itemType: 'MATERIAL' }), null)).toBe(
      'material',
    );
  });
  it('gives a document its outlet and date, a statement its date when its name gives the speaker', () => {
    const tmtpost = { name: 'TMTPost', aliases: [] };
    expect(
      disambiguation(
        node('DOCUMENT', 'Cloud curb report', { publishedOn: '2023-07-06' }),
        facts({ outlets: [tmtpost] }),
      ),
    ).toBe('TMTPost, 2023-07-06');
    const mao = { name: 'Mao Ning', aliases: ['毛宁'] };
    expect(
      disambiguation(
        node('STATEMENT', 'Mao Ning: “…”', { date: '2023-07-04' }),
        facts({ speakers: [mao] }),
      ),
    ).toBe('2023-07-04');
  });
});

describe('shortActorName', () => {
  it('keeps short names and takes the shortest alias in the same script of long ones', () => {
    expect(shortActorName({ name: 'US Department of Defense', aliases: ['DoD'] })).toBe(
      'US Department of Defense',
    );
    expect(shortActorName(MOFCOM)).toBe('MOFCOM');
  });
});
