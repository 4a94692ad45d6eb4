import { readFileSync } from 'node:fs';
import { draftText } from './src/draft.ts';
import { Gazetteer } from './src/gazetteer.ts';
const text = readFileSync(
  '/work/shared/corpus/docs/wh-2024-04-02-readout-biden-xi-call.txt',
  'utf8',
);
const { doc } = draftText(
  text,
  { id: 'x', documentType: 'ARTICLE', publishedOn: '2024-04-02' },
  new Gazetteer([]),
);
console.log(
  doc.meta.titleSpan,
  doc.entities.map((e) => e.name),
  doc.mentions.filter((m) => m.start < 200).map((m) => [m.text, m.entity, m.kind]),
);
console.log(doc.statements.map((s) => [s.speaker, s.saidTo, s.rule]));
