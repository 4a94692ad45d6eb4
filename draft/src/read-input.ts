/**
 * Reads one input text and refuses what cannot be drafted, naming the file and why: an empty file,
 * a binary file (NUL bytes), text that is not UTF-8, a file over MAX_INPUT_BYTES.
 */
import { readFile, stat } from 'node:fs/promises';

/** The largest input drafted, in bytes (1 MiB: about 150,000 words). */
export const MAX_INPUT_BYTES = 1024 * 1024;

/** An input the drafting refuses; `message` names the file. */
export class DraftInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DraftInputError';
  }
}

/** The text of `file` (a leading byte-order mark dropped), or a DraftInputError. */
export async function readInputText(file: string): Promise<string> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new DraftInputError(`${file}: no such file`);
  if (!info.isFile()) throw new DraftInputError(`${file}: not a file`);
  if (info.size > MAX_INPUT_BYTES) {
    throw new DraftInputError(
      `${file}: ${(info.size / 1048576).toFixed(1)} MB is over the ${MAX_INPUT_BYTES / 1048576} MB limit of one document; split it into documents`,
    );
  }
  const bytes = await readFile(file);
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '')
    throw new DraftInputError(`${file}: the file is empty`);
  if (bytes.includes(0))
    throw new DraftInputError(`${file}: a binary file (it holds NUL bytes), not a text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    throw new DraftInputError(
      `${file}: not UTF-8 text (invalid byte at offset ${at}); convert it to UTF-8 first`,
    );
  }
  return text.replace(/^\uFEFF/, '');
}

function firstInvalidByte(bytes: Buffer): number {
  let lo = 0;
  let hi = bytes.length;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      decoder.decode();
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
