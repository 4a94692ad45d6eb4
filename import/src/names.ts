/**
 * Names as merge keys. `nameKey` is strict: Unicode NFKC (full-width forms become ASCII), case
 * folded, quotes, dots, commas, brackets, hyphens and the like become spaces, `&` becomes `and`,
 * runs of space collapse, and in CJK text spaces vanish. Two names with the same key are written
 * the same way, nothing more: merging needs a second fact (a country, a Wikidata id).
 * `looseKey` also drops legal forms (`Co., Ltd.`, `Inc.`, `株式会社`): used only to find
 * near-misses for review, never to merge.
 */

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
const SEPARATORS = /[\s.,;:!?'"`´‘’“”«»()[\]{}<>/\\|_*#~+=\-‐-―·・、，。（）【】「」『』《》]+/gu;

/** True when the text has Chinese, Japanese or Korean characters. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** The strict merge key of a name (see the module comment); '' for a name of nothing but punctuation. */
export function nameKey(name: string): string {
  const folded = name.normalize('NFKC').toLowerCase().replace(/&/g, ' and ');
  const spaced = folded.replace(SEPARATORS, ' ').trim().replace(/\s+/g, ' ');
  return hasCjk(spaced) ? spaced.replace(/ /g, '') : spaced;
}

const LEGAL_FORMS = new Set([
  'co',
  'company',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'plc',
  'ag',
  'gmbh',
  'sa',
  'spa',
  'as',
  'bv',
  'nv',
  'kk',
  'group',
  'holding',
  'holdings',
  'the',
]);
const CJK_LEGAL_FORMS = /(股份有限公司|有限责任公司|有限公司|株式会社|集团|公司)$/u;

/** The loose key: the strict key without legal forms and a leading "the". For near-misses only. */
export function looseKey(name: string): string {
  const key = nameKey(name);
  if (hasCjk(key)) return key.replace(CJK_LEGAL_FORMS, '') || key;
  const words = key.split(' ').filter((word) => !LEGAL_FORMS.has(word));
  return words.length > 0 ? words.join(' ') : key;
}

/** The distinct non-empty strict keys of a name and its aliases. */
export function nameKeys(names: readonly string[]): string[] {
  return [...new Set(names.map(nameKey).filter((key) => key !== ''))];
}

/** A stable id slug: ASCII letters and digits of the name joined by single hyphens, at most `max` characters. */
export function slugify(text: string, max = 60): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= max) return ascii;
  return ascii.slice(0, max).replace(/-[^-]*$/, '') || ascii.slice(0, max);
}

/** Splits a cell of several names on `;` (and on `,` directly followed by a letter: `Knownsec,Beijing Kownsec`). */
export function splitNames(
  cell: string,
  separators: 'semicolon' | 'semicolon-or-tight-comma' = 'semicolon',
): string[] {
  const pattern = separators === 'semicolon' ? /;/ : /;|,(?=\p{L})/u;
  return [
    ...new Set(
      cell
        .split(pattern)
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    ),
  ];
}
