/**
 * Ill-formed UTF-16 in seed files: a lone surrogate is half of a character (YAML `"\uD83D"`). It
 * cannot be encoded in UTF-8 (Neo4j would store a replacement character instead), and a quote
 * holding one would start or end inside a character of the text.
 */

/** The first lone UTF-16 surrogate (half of a character) in `value`, as `\uD83D at character 4`. */
export function loneSurrogate(value: string): string | null {
  for (let at = 0; at < value.length; at += 1) {
    const unit = value.charCodeAt(at);
    const high = unit >= 0xd800 && unit <= 0xdbff;
    const low = unit >= 0xdc00 && unit <= 0xdfff;
    const next = value.charCodeAt(at + 1);
    if (high && next >= 0xdc00 && next <= 0xdfff) at += 1;
    else if (high || low) return `\\u${unit.toString(16).toUpperCase()} at character ${at}`;
  }
  return null;
}
