import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { GRAPHML_KEYS, LIST_SEPARATOR, toGraphml } from './graphml.ts';
import { about, control, mofcom, relays, statement } from './fixtures.test-support.ts';

interface XmlData {
  '@_key': string;
  '#text': string;
}
interface XmlElement {
  '@_id': string;
  '@_source'?: string;
  '@_target'?: string;
  data?: XmlData[];
}

function parse(xml: string) {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
  });
  const doc = parser.parse(xml) as {
    graphml: {
      key: { '@_id': string; '@_for': string; '@_attr.name': string; '@_attr.type': string }[];
      graph: { '@_edgedefault': string; node: XmlElement[]; edge?: XmlElement[] };
    };
  };
  const keys = new Map(doc.graphml.key.map((key) => [key['@_id'], key]));
  const attributes = (element: XmlElement) =>
    Object.fromEntries(
      (element.data ?? []).map((data) => [keys.get(data['@_key'])!['@_attr.name'], data['#text']]),
    );
  return { doc: doc.graphml, keys, attributes };
}

describe('toGraphml', () => {
  const positions = new Map([
    [mofcom.id, { x: 10.04, y: -20 }],
    [control.id, { x: 120.5, y: 44 }],
  ]);
  const xml = toGraphml([mofcom, control, statement], [relays, about], positions);

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('declares every attribute it uses in a <key> with domain, name and type', () => {
    const { doc, keys } = parse(xml);
    expect(
      [...keys.values()].map((key) => [key['@_for'], key['@_attr.name'], key['@_attr.type']]),
    ).toEqual(GRAPHML_KEYS.map((key) => [key.for, key.name, key.type]));
    const elements = [...doc.graph.node, ...(doc.graph.edge ?? [])];
    for (const element of elements) {
      const isEdge = element['@_source'] !== undefined;
      for (const data of element.data ?? []) {
        expect(keys.get(data['@_key'])?.['@_for']).toBe(isEdge ? 'edge' : 'node');
      }
    }
    expect(doc.graph['@_edgedefault']).toBe('directed');
  });

  it('round-trips nodes, with CJK, ampersands and angle brackets intact', () => {
    const { doc, attributes } = parse(xml);
    const nodes = doc.graph.node.map((node) => ({ id: node['@_id'], ...attributes(node) }));
    expect(nodes).toEqual([
      {
        id: 'mofcom',
        label: 'Ministry of Commerce',
        policygraphId: 'mofcom',
        kind: 'AGENCY',
        country: 'CN',
        aliases: `MOFCOM${LIST_SEPARATOR}商务部`,
        x: '10',
        y: '-20',
        size: '34',
        r: '59',
        g: '120',
        b: '196',
      },
      {
        id: control.id,
        label: control.name,
        policygraphId: control.id,
        kind: 'MEASURE',
        aliases: '镓、锗相关物项出口管制',
        date: '2023-07-03',
        x: '120.5',
        y: '44',
        size: '40',
        r: '200',
        g: '50',
        b: '60',
      },
      {
        id: statement.id,
        label: statement.name,
        policygraphId: statement.id,
        kind: 'STATEMENT',
        date: '2023-07-05',
        quote: statement.statement!.quote,
        size: '26',
        r: '227',
        g: '181',
        b: '5',
      },
    ]);
  });

  it('round-trips relationships with generated XML ids and the original id kept', () => {
    const { doc, attributes } = parse(xml);
    const edges = (doc.graph.edge ?? []).map((edge) => ({
      id: edge['@_id'],
      source: edge['@_source'],
      target: edge['@_target'],
      ...attributes(edge),
    }));
    expect(edges).toEqual([
      {
        id: 'e0',
        source: control.id,
        target: 'mofcom',
        label: 'issued by',
        policygraphId: relays.id,
        type: 'ISSUED_BY',
        evidenceCount: '1',
        evidenceDocuments: 'mofcom-2023-07-03',
        evidenceQuotes: 'MOFCOM and the "GAC"',
      },
      {
        id: 'e1',
        source: statement.id,
        target: control.id,
        label: 'about',
        policygraphId: about.id,
        type: 'ABOUT',
        evidenceCount: '0',
      },
    ]);
  });

  it('replaces node ids that are not XML name tokens, and keeps edges pointing at them', () => {
    const odd = { ...mofcom, id: 'a|b c' };
    const edge = { ...relays, id: 'x', source: control.id, target: odd.id };
    const { doc, attributes } = parse(toGraphml([control, odd], [edge]));
    expect(doc.graph.node.map((node) => node['@_id'])).toEqual([control.id, 'n1']);
    expect(attributes(doc.graph.node[1]!).policygraphId).toBe('a|b c');
    expect(doc.graph.edge?.[0]?.['@_target']).toBe('n1');
  });

  it('leaves out relationships to nodes not exported', () => {
    const { doc } = parse(toGraphml([mofcom], [relays]));
    expect(doc.graph.edge).toBeUndefined();
  });
});
