/**
 * Country cells of the lists as ISO 3166-1 alpha-2 codes: a code (`US`, `tw`), `EU` for the bloc,
 * or an English name (`Japan`, `Czech Republic`, `UK`) looked up in i18n-iso-countries. Blank means
 * unknown; a value that is neither is an error, never a guess.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

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
  return {
    ok: false,
    reason: `"${value}" is neither an ISO 3166-1 alpha-2 code nor a country name`,
  };
}
