/**
 * Strict UTF-8 decoding of list files: TextDecoder with `fatal: true`, so a byte sequence that is
 * not UTF-8 refuses the file instead of becoming U+FFFD (a node named `Z��ta Widgets`). A leading
 * byte order mark is dropped. On failure the error names the byte offset and line of the first
 * invalid sequence, found by walking the well-formed UTF-8 byte sequences (Unicode, table 3-7).
 */

/** The file is not UTF-8: `byteOffset` (from 0) starts the first invalid sequence, on `line` (from 1). */
export class InvalidUtf8Error extends Error {
  constructor(
    readonly byteOffset: number,
    readonly line: number,
    readonly bytes: string,
    /** The encoding the file seems to be in (`Latin-1 (ISO 8859-1) or Windows-1252`), or null. */
    readonly seems: string | null = null,
  ) {
    super(
      `line ${line}: invalid UTF-8 at byte ${byteOffset} (${bytes})${seems ? `; the file looks like ${seems}` : ''}; the file must be saved as UTF-8`,
    );
    this.name = 'InvalidUtf8Error';
  }
}

/** [first byte range, allowed range of the second byte, number of continuation bytes]. */
const LEADS: readonly [number, number, number, number, number][] = [
  [0xc2, 0xdf, 0x80, 0xbf, 1],
  [0xe0, 0xe0, 0xa0, 0xbf, 2],
  [0xe1, 0xec, 0x80, 0xbf, 2],
  [0xed, 0xed, 0x80, 0x9f, 2],
  [0xee, 0xef, 0x80, 0xbf, 2],
  [0xf0, 0xf0, 0x90, 0xbf, 3],
  [0xf1, 0xf3, 0x80, 0xbf, 3],
  [0xf4, 0xf4, 0x80, 0x8f, 3],
];

/** Offset of the first byte that starts an ill-formed UTF-8 sequence, or -1 when `bytes` is UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let at = 0; at < bytes.length;) {
    const lead = bytes[at]!;
    if (lead < 0x80) {
      at += 1;
      continue;
    }
    const form = LEADS.find(([from, to]) => lead >= from && lead <= to);
    if (!form) return at;
    const [, , low, high, more] = form;
    const second = bytes[at + 1];
    if (second === undefined || second < low || second > high) return at;
    for (let k = 2; k <= more; k += 1) {
      const next = bytes[at + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return at;
    }
    at += more + 1;
  }
  return -1;
}

/** The line (from 1) of byte `offset`: line breaks are `\r\n`, `\n` and a lone `\r`. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let at = 0; at < offset; at += 1) {
    if (bytes[at] === 0x0a) line += 1;
    else if (bytes[at] === 0x0d && bytes[at + 1] !== 0x0a) line += 1;
  }
  return line;
}

/** A file in an encoding that is not UTF-8, named: UTF-16 (by its byte order mark or its zero bytes). */
export class OtherEncodingError extends Error {
  constructor(readonly encoding: string) {
    super(`the file is ${encoding}, not UTF-8; save it as UTF-8 and import it again`);
    this.name = 'OtherEncodingError';
  }
}

/** The encoding `bytes` are in when it is plainly not UTF-8 (UTF-16 or UTF-32 by BOM or zero bytes), or null. */
export function otherEncoding(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0)
    return 'UTF-32 (little-endian, with a byte order mark)';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff)
    return 'UTF-32 (big-endian, with a byte order mark)';
  if (a === 0xff && b === 0xfe) return 'UTF-16 (little-endian, with a byte order mark)';
  if (a === 0xfe && b === 0xff) return 'UTF-16 (big-endian, with a byte order mark)';
  const head = bytes.subarray(0, 200);
  const zeros = head.filter((byte) => byte === 0).length;
  if (head.length >= 4 && zeros * 4 >= head.length) {
    const evenZeros = head.filter((byte, i) => byte === 0 && i % 2 === 0).length;
    return `UTF-16 (${evenZeros * 2 > zeros ? 'big' : 'little'}-endian, without a byte order mark)`;
  }
  return null;
}

/**
 * True when the bytes that are not UTF-8 read as Latin-1 / Windows-1252 text: every byte from
 * 0x80 is a lone letter or sign (no UTF-8 sequence at all), as `Zürich` saved in Latin-1 is.
 */
function looksLatin1(bytes: Uint8Array): boolean {
  return (
    firstInvalidUtf8(bytes) >= 0 &&
    !bytes.some(
      (byte, i) =>
        byte >= 0xc2 && byte <= 0xf4 && (bytes[i + 1] ?? 0) >= 0x80 && (bytes[i + 1] ?? 0) <= 0xbf,
    )
  );
}

/**
 * Decodes `bytes` as UTF-8, strictly; a leading byte order mark is not part of the text.
 * @throws OtherEncodingError for UTF-16 or UTF-32; InvalidUtf8Error naming the byte offset and
 *   line of the first invalid sequence, and the encoding when it reads as Latin-1.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  const other = otherEncoding(bytes);
  if (other) throw new OtherEncodingError(other);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    const shown = [...bytes.subarray(at, at + 4)]
      .map((byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(' ');
    throw new InvalidUtf8Error(
      at,
      lineOfByte(bytes, at),
      shown,
      looksLatin1(bytes) ? 'Latin-1 (ISO 8859-1) or Windows-1252' : null,
    );
  }
}
