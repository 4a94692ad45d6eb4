/**
 * Nodes and relationships for the export tests, with the awkward characters real sources hold:
 * commas, quotes, newlines, ampersands, angle brackets and Chinese text.
 */
import type { GraphNode, GraphRelationship } from '../model/types.ts';

export const mofcom: GraphNode = {
  id: 'mofcom',
  kind: 'AGENCY',
  name: 'Ministry of Commerce',
  aliases: ['MOFCOM', '商务部'],
  country: 'CN',
  date: null,
  properties: {},
  evidence: [],
  statement: null,
};

export const control: GraphNode = {
  id: 'cn-gallium-germanium-export-control',
  kind: 'MEASURE',
  name: 'Export control on gallium & germanium <items>',
  aliases: ['镓、锗相关物项出口管制'],
  country: null,
  date: '2023-07-03',
  properties: { status: 'IN_EFFECT' },
  evidence: [],
  statement: null,
};

export const statement: GraphNode = {
  id: 'stmt-mao-ning-2023-07-05',
  kind: 'STATEMENT',
  name: 'Mao Ning on the export control',
  aliases: [],
  country: null,
  date: '2023-07-05',
  properties: {},
  evidence: [
    {
      documentId: 'mfa-2023-07-05-press-conference',
      documentTitle: 'Regular Press Conference, July 5, 2023',
      quote: 'It is "normal practice", in line with\ninternational norms, to',
      start: 1024,
      end: 1087,
    },
    {
      documentId: 'tmtpost-2023-07-06',
      documentTitle: '毛宁：出口管制是国际通行做法',
      quote: '这是国际通行做法',
      start: 12,
      end: 20,
    },
  ],
  statement: {
    quote: 'It is "normal practice", in line with\ninternational norms, to',
    form: 'DIRECT_QUOTE',
    speakerId: 'mao-ning',
    speakerName: 'Mao Ning',
    speakerShortName: 'Mao Ning',
    saidToId: null,
    saidToName: null,
    aboutIds: [control.id],
    aboutNames: [control.name],
  },
};

export const relays: GraphRelationship = {
  id: 'cn-gallium-germanium-export-control|ISSUED_BY|mofcom',
  type: 'ISSUED_BY',
  source: control.id,
  target: mofcom.id,
  evidence: [
    {
      documentId: 'mofcom-2023-07-03',
      documentTitle: 'Announcement No. 23',
      quote: 'MOFCOM and the "GAC"',
      start: 0,
      end: 20,
    },
  ],
  properties: {},
};

export const about: GraphRelationship = {
  id: `${statement.id}|ABOUT|${control.id}`,
  type: 'ABOUT',
  source: statement.id,
  target: control.id,
  evidence: [],
  properties: {},
};
