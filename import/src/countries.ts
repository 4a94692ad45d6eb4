/**
 * Country cells of the lists as ISO 3166-1 alpha-2 codes: a code (`US`, `tw`), `EU` for the bloc,
 * an English name (`Japan`, `Czech Republic`, `UK`) looked up in i18n-iso-countries, then in
 * world-countries' common and official names and other spellings (`Syria`), or a
 * nationality adjective (`Iraqi`, `Syrian`) looked up in world-countries' English demonyms (one
 * that names two countries, such as `Congolese`, is refused as ambiguous). Blank means unknown; a
 * value that is none of these is an error, never a guess.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import countriesJson from 'world-countries/countries.json' with { type: 'json' };

countries.registerLocale(en);

/** What is read of world-countries' data (ODbL-1.0): code, independence, English demonyms. */
const worldCountries: readonly {
  cca2: string;
  independent: boolean | null;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms: { eng?: { f: string; m: string } };
}[] = countriesJson;

/** English common and official names and other spellings (lower case) → alpha-2 codes (`Syria`). */
const BY_WORLD_NAME = new Map<string, Set<string>>();
for (const country of worldCountries)
  for (const name of [country.name.common, country.name.official, ...country.altSpellings]) {
    const key = name.trim().toLowerCase();
    if (key.length > 2)
      BY_WORLD_NAME.set(key, (BY_WORLD_NAME.get(key) ?? new Set()).add(country.cca2));
  }

/**
 * English demonym (lower case) → the alpha-2 codes of the countries it names. A demonym shared by
 * one independent country and territories (`American`: US and the Northern Mariana Islands;
 * `Dutch`) names the independent country.
 */
const BY_DEMONYM = new Map<string, Set<string>>();
const INDEPENDENT = new Set(worldCountries.filter((c) => c.independent).map((c) => c.cca2));
for (const country of worldCountries) {
  const english = country.demonyms?.eng;
  for (const demonym of english ? [english.m, english.f] : []) {
    const key = demonym.trim().toLowerCase();
    if (key === '') continue;
    BY_DEMONYM.set(key, (BY_DEMONYM.get(key) ?? new Set()).add(country.cca2));
  }
}
for (const [key, codes] of BY_DEMONYM) {
  const independent = [...codes].filter((code) => INDEPENDENT.has(code));
  if (codes.size > 1 && independent.length === 1) BY_DEMONYM.set(key, new Set(independent));
}

/** What reading a country cell gave: a code, nothing (blank), or why it cannot be read. */
export type CountryResult = { ok: true; value: string | null } | { ok: false; reason: string };

/** Reads one country cell into an ISO 3166-1 alpha-2 code (or `EU`). */
export function normaliseCountry(cell: string): CountryResult {
  const value = cell.trim();
  if (value === '') return { ok: true, value: null };
  if (/^[A-Za-z]{2}$/.test(value)) {
    const code = value.toUpperCase();
    if (code === 'EU' || countries.isValid(code)) return { ok: true, value: code };
  }
  const byName = countries.getAlpha2Code(value, 'en');
  if (byName) return { ok: true, value: byName };
  const key = value.replace(/\s+/g, ' ').toLowerCase();
  const byWorldName = [...(BY_WORLD_NAME.get(key) ?? [])];
  if (byWorldName.length === 1) return { ok: true, value: byWorldName[0]! };
  const byDemonym = [...(BY_DEMONYM.get(key) ?? [])];
  if (byDemonym.length === 1) return { ok: true, value: byDemonym[0]! };
  if (byDemonym.length > 1)
    return {
      ok: false,
      reason: `"${value}" is the nationality of more than one country (${byDemonym.sort().join(', ')})`,
    };
  return {
    ok: false,
    reason: `"${value}" is neither an ISO 3166-1 alpha-2 code, a country name nor a nationality`,
  };
}
