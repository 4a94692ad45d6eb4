/**
 * Texts for the drafting benchmark, made up from templates of our own (no real document is copied):
 * news-like paragraphs with titles, names, organisations, quotes, paraphrases and measures, of a
 * given length in words, the same for the same seed.
 */

const FIRST = ['Ana', 'Tomas', 'Rosa', 'Kai', 'Lena', 'Marco', 'Ida', 'Jon', 'Nora', 'Pavel'];
const LAST = [
  'Ruiz',
  'Ortega',
  'Klein',
  'Berg',
  'Holm',
  'Vance',
  'Quist',
  'Doyle',
  'Marlow',
  'Silva',
];
const ORGS = [
  'Ministry of Ports',
  'Harbour Workers Union',
  'Lakeside Fishing Co., Ltd.',
  'Bureau of Coastal Safety',
  'Northern Shipping Association',
  'River Daily',
];
const ITEMS = [
  'marine engines',
  'cobalt',
  'ferry parts',
  'radar units',
  'steel cable',
  'solar panels',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['April', 'May', 'June', 'July', 'August'];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A made-up news text of about `words` words. */
export function benchText(words: number, seed: number): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const templates = [
    () =>
      `“The new rules will protect ${pick(ITEMS)} and the jobs that depend on them,” said Secretary ${person()}.`,
    () =>
      `The ${pick(ORGS)} announced export controls on ${pick(ITEMS)} on ${pick(DAYS)}, and the rules take effect from ${pick(MONTHS)} 1.`,
    () =>
      `${pick(LAST)} stressed that the measure is “fair and proportionate” and does not target any country.`,
    () => `Prices of ${pick(ITEMS)} rose by a tenth in the spring, according to the ${pick(ORGS)}.`,
    () =>
      `Director ${person()} of the ${pick(ORGS)} noted that shipments fell sharply after the announcement.`,
    () =>
      `The two leaders agreed to meet again in ${pick(MONTHS)} to review the talks on ${pick(ITEMS)}.`,
    () =>
      `Traders in the harbour expect more delays, the ${pick(ORGS)} reported, citing people familiar with the matter.`,
    () =>
      `The council is mulling new tariffs on imported ${pick(ITEMS)} as demand keeps growing across the region.`,
  ];
  const paragraphs: string[] = [`Harbour Trade Report ${seed}`];
  let count = 0;
  while (count < words) {
    const sentences = Array.from({ length: 3 }, () => pick(templates)());
    const paragraph = sentences.join(' ');
    count += paragraph.split(/\s+/).length;
    paragraphs.push(paragraph);
  }
  return paragraphs.join('\n\n');
}
