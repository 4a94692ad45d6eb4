/**
 * CSV files of one kind of node or type of relationship, written streaming. A row is a record
 * from header column (`name`, `aliases:string[]`, `publishedOn:date`, …) to its field text (see
 * csv-text.ts). The columns are those seen so far: a row bringing a new one closes the current
 * file and opens another whose header has it too, so nothing is held back and every file has one
 * header (written, as the importer reads it, as a file of its own).
 *
 * Lines are encoded as UTF-8 straight into a large buffer, which is handed to the file whole while
 * the next one fills (one write in flight), so neither a long string nor a stream's queue builds
 * up.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { csvLine } from './csv-text.ts';

/** A header file and the data file it describes, as `--nodes=` / `--relationships=` take them. */
export interface CsvGroup {
  header: string;
  data: string;
}

/** Bytes of each of the two buffers a file is written through. */
const BUFFER_BYTES = 4 << 20;

/** The files of one name (a node kind or relationship type) in `dir`. */
export class SegmentedCsv {
  private columns: string[] = [];
  private readonly known = new Set<string>();
  private file: FileHandle | null = null;
  private buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private spare = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  /** The write in flight (of `spare`), if any. */
  private writing: Promise<unknown> | null = null;
  private segment = 0;
  private readonly groups: CsvGroup[] = [];

  constructor(
    private readonly dir: string,
    private readonly name: string,
  ) {}

  /** Appends a row; missing columns are empty fields (no property). */
  async write(row: Readonly<Record<string, string>>): Promise<void> {
    let fresh: string[] | null = null;
    for (const column in row)
      if (!this.known.has(column)) {
        fresh ??= [];
        fresh.push(column);
      }
    if (fresh !== null || this.file === null) {
      await this.closeSegment();
      if (fresh !== null) {
        this.columns = [...this.columns, ...fresh];
        for (const column of fresh) this.known.add(column);
      }
      await this.openSegment();
    }
    const { columns } = this;
    let line = row[columns[0]!] ?? '';
    for (let i = 1; i < columns.length; i += 1) line += `,${row[columns[i]!] ?? ''}`;
    line += '\n';
    await this.append(line);
  }

  /** Closes the last file; returns every header and data file written, in order. */
  async close(): Promise<CsvGroup[]> {
    await this.closeSegment();
    return this.groups;
  }

  private async openSegment(): Promise<void> {
    this.segment += 1;
    const base = path.join(this.dir, `${this.name}-${this.segment}`);
    const header = `${base}-header.csv`;
    const data = `${base}.csv`;
    writeFileSync(header, csvLine(this.columns));
    this.file = await open(data, 'w');
    this.groups.push({ header, data });
  }

  /** Encodes `line` into the buffer, handing the buffer to the file first when it is full. */
  private async append(line: string): Promise<void> {
    // At most 3 bytes of UTF-8 per UTF-16 code unit.
    if (this.used + line.length * 3 > this.buffer.length) {
      await this.flush();
      if (line.length * 3 > this.buffer.length) {
        await this.settle();
        await writeWhole(this.file!, Buffer.from(line, 'utf8'));
        return;
      }
    }
    this.used += this.buffer.write(line, this.used, 'utf8');
  }

  /** Starts writing the filled part of the buffer and swaps buffers (waits for the previous write). */
  private async flush(): Promise<void> {
    await this.settle();
    if (this.used === 0) return;
    const full = this.buffer;
    this.buffer = this.spare;
    this.spare = full;
    this.writing = writeWhole(this.file!, full.subarray(0, this.used));
    this.used = 0;
  }

  /** Waits for the write in flight; throws its error. */
  private async settle(): Promise<void> {
    const writing = this.writing;
    this.writing = null;
    if (writing) await writing;
  }

  private async closeSegment(): Promise<void> {
    const file = this.file;
    if (!file) return;
    try {
      await this.flush();
      await this.settle();
    } finally {
      this.file = null;
      await file.close();
    }
  }
}

/** Writes all of `bytes` at the file's position (a write may take fewer bytes than given). */
async function writeWhole(file: FileHandle, bytes: Buffer): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await file.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
}
