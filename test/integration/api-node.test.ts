/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON whose shape the assertions check. */
import { describe, expect, it } from 'vitest';
import { cypherRows, queryData } from './api-helpers.ts';
import { useSeededApi } from './seeded-api.ts';

const api = useSeededApi();

const EVIDENCE = 'evidence { quote start end document { id text } }';

describe('node', () => {
  it('returns null for an unknown id', async () => {
    expect(await queryData(api.app, '{ node(id: "no-such-node") { id } }')).toEqual({ node: null });
  });

  it('returns an actor with its country, roles and organisational parents', async () => {
    const [role] = await cypherRows(
      api.driver,
      "MATCH (p:Person {id: 'mao-ning'})-[r:HOLDS_ROLE]->(o) RETURN r.role AS role, o.id AS organisation, [(o)-[:PART_OF]->(g) | g.id] AS parents",
    );
    const { node } = await queryData(
      api.app,
      `{ node(id: "mao-ning") { __typename id kind name ${EVIDENCE}
          ... on Actor { country roles { role person { id } organisation { id ... on Actor { partOf { id } roleHolders { person { id } } } } } } } }`,
    );
    expect(node).toMatchObject({
      __typename: 'Actor',
      id: 'mao-ning',
      kind: 'PERSON',
      name: 'Mao Ning',
    });
    expect(node.roles).toContainEqual(
      expect.objectContaining({
        role: role!.role,
        person: { id: 'mao-ning' },
        organisation: expect.objectContaining({ id: role!.organisation }),
      }),
    );
    const organisation = node.roles.find(
      (r: any) => r.organisation.id === role!.organisation,
    ).organisation;
    expect(organisation.partOf.map((p: any) => p.id).sort()).toEqual([...role!.parents].sort());
    expect(organisation.roleHolders.map((h: any) => h.person.id)).toContain('mao-ning');
    const [mofcom] = await cypherRows(
      api.driver,
      "MATCH (a {id: 'mofcom'}) RETURN a.country AS country",
    );
    expect(
      (await queryData(api.app, '{ node(id: "mofcom") { ... on Actor { country } } }')).node
        .country,
    ).toBe(mofcom!.country);
  });

  it('returns an item with its type, makers or providers and broader items', async () => {
    const [a100] = await cypherRows(
      api.driver,
      "MATCH (i:Item {id: 'nvidia-a100'}) RETURN i.itemType AS itemType, [(i)-[:MADE_BY]->(m) | m.id] AS makers, [(i)-[:KIND_OF]->(k) | k.id] AS kindOf",
    );
    const { node } = await queryData(
      api.app,
      '{ node(id: "nvidia-a100") { ... on Item { itemType maker { id } kindOf { id } coveredBy { id } } } }',
    );
    expect(node.itemType).toBe(a100!.itemType);
    expect(node.maker.map((m: any) => m.id)).toEqual(a100!.makers);
    expect(node.kindOf.map((k: any) => k.id).sort()).toEqual([...a100!.kindOf].sort());
    const { node: cloud } = await queryData(
      api.app,
      '{ node(id: "cloud-computing-services") { ... on Item { itemType providers { id } } } }',
    );
    expect(cloud.itemType).toBe('SERVICE');
    expect(cloud.providers.map((p: any) => p.id)).toContain('amazon');
  });

  it('returns a document with outlet, author, dates, provenance and its full text', async () => {
    const [doc] = await cypherRows(
      api.driver,
      `MATCH (d:Document) WHERE d.text IS NOT NULL
       RETURN d.id AS id, d.text AS text, toString(d.publishedOn) AS publishedOn, d.dateline AS dateline, d.licence AS licence,
              [(d)-[:PUBLISHED_BY]->(o) | o.id][0] AS outlet, [(d)-[:WRITTEN_BY]->(a) | a.id] AS authors,
              [(d)-[:RELAYS]->(r) | r.id] AS relays LIMIT 1`,
    );
    const { node } = await queryData(
      api.app,
      `query ($id: ID!) { node(id: $id) { ... on Document { title documentType publishedOn dateline text origin licence credit language
          outlet { id } authors { id } relays { id relayedBy { id } } statements { id } } } }`,
      { id: doc!.id },
    );
    expect(node).toMatchObject({
      publishedOn: doc!.publishedOn,
      dateline: doc!.dateline,
      text: doc!.text,
      licence: doc!.licence,
    });
    expect(node.outlet.id).toBe(doc!.outlet);
    expect(node.authors.map((a: any) => a.id)).toEqual(doc!.authors);
    expect(node.relays.map((r: any) => r.id).sort()).toEqual([...doc!.relays].sort());
    for (const relayed of node.relays)
      expect(relayed.relayedBy.map((r: any) => r.id)).toContain(doc!.id);
    expect(node.statements.length).toBeGreaterThan(0);
  });

  it('returns a measure with its types, dates, authorities, coverage and status history', async () => {
    const [measure] = await cypherRows(
      api.driver,
      `MATCH (m:Measure {id: 'cn-gallium-germanium-export-control'})
       RETURN m.status AS status, m.measureTypes AS types, toString(m.announcedOn) AS announcedOn, toString(m.effectiveOn) AS effectiveOn,
              [(m)-[:COVERS]->(i) | i.id] AS covers, [(m)<-[r:REPORTS_STATUS]-(d) | {status: r.status, asOf: toString(r.asOf), document: d.id}] AS history`,
    );
    const { node } = await queryData(
      api.app,
      `{ node(id: "cn-gallium-germanium-export-control") { ... on Measure { status measureTypes announcedOn effectiveOn
          issuedBy { id } covers { id } relatedMeasures { id } statements { id }
          statusHistory { status asOf reportedBy { id } evidence { quote } } } } }`,
    );
    expect(node).toMatchObject({
      status: measure!.status,
      announcedOn: measure!.announcedOn,
      effectiveOn: measure!.effectiveOn,
    });
    expect(node.measureTypes.sort()).toEqual([...measure!.types].sort());
    expect(node.issuedBy.map((a: any) => a.id)).toContain('mofcom');
    expect(node.covers.map((i: any) => i.id).sort()).toEqual([...measure!.covers].sort());
    expect(
      node.statusHistory.map((s: any) => ({
        status: s.status,
        asOf: s.asOf,
        document: s.reportedBy.id,
      })),
    ).toEqual(expect.arrayContaining(measure!.history));
    expect(node.statusHistory.every((s: any) => s.evidence.length > 0)).toBe(true);
  });

  it('gives evidence whose quote is the document text between its offsets', async () => {
    const { node } = await queryData(api.app, `{ node(id: "mofcom") { ${EVIDENCE} } }`);
    expect(node.evidence.length).toBeGreaterThan(0);
    for (const evidence of node.evidence) {
      expect(evidence.document.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
  });
});
