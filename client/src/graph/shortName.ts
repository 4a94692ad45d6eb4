/**
 * A short name for tight spots (statement labels on the canvas): the canonical name when it is
 * short, otherwise the shortest alias in the same (Latin) script of at least two characters, so
 * "Ministry of Commerce of the People's Republic of China" becomes "MOFCOM".
 */

const SHORT = 22;
const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u;

/** See the module comment. */
export function shortName(name: string, aliases: readonly string[]): string {
  if (name.length <= SHORT) return name;
  const candidates = aliases.filter(
    (alias) =>
      alias.length >= 2 && alias.length < name.length && LATIN.test(alias) === LATIN.test(name),
  );
  if (candidates.length === 0) return name;
  return candidates.reduce((best, alias) => (alias.length < best.length ? alias : best));
}
