/**
 * CSV files of one kind of node or type of relationship, written streaming. A row is a record
 * from header column (`name`, `aliases:string[]`, `publishedOn:date`, …) to its field text (see
 * csv-text.ts). The columns are those seen so far: a row bringing a new one closes the current
 * file and opens another whose header has it too, so nothing is held back and every file has one
 * header (written, as the importer reads it, as a file of its own).
 */
import { createWriteStream, writeFileSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { csvLine } from './csv-text.ts';

/** A header file and the data file it describes, as `--nodes=` / `--relationships=` take them. */
export type CsvGroup = [header: string, data: string];

/** Characters buffered before they are handed to the file. */
const FLUSH_AT = 1 << 20;

/** The files of one name (a node kind or relationship type) in `dir`. */
export class SegmentedCsv {
  private columns: string[] = [];
  private known = new Set<string>();
  private stream: WriteStream | null = null;
  private buffer = '';
  private segment = 0;
  private readonly groups: CsvGroup[] = [];
  private failure: Error | undefined;

  constructor(
    private readonly dir: string,
    private readonly name: string,
  ) {}

  /** Appends a row; missing columns are empty fields (no property). */
  async write(row: Readonly<Record<string, string>>): Promise<void> {
    const fresh = Object.keys(row).filter((column) => !this.known.has(column));
    if (fresh.length > 0 || this.stream === null) {
      await this.closeSegment();
      this.columns = [...this.columns, ...fresh];
      for (const column of fresh) this.known.add(column);
      this.openSegment();
    }
    this.buffer += csvLine(this.columns.map((column) => row[column] ?? ''));
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }

  /** Closes the last file; returns every header and data file written, in order. */
  async close(): Promise<CsvGroup[]> {
    await this.closeSegment();
    return this.groups;
  }

  private openSegment(): void {
    this.segment += 1;
    const base = path.join(this.dir, `${this.name}-${this.segment}`);
    const header = `${base}-header.csv`;
    const data = `${base}.csv`;
    writeFileSync(header, csvLine(this.columns));
    const stream = createWriteStream(data, { encoding: 'utf8' });
    // Kept until the next flush or close reports it (never an unhandled 'error' event).
    stream.on('error', (error) => {
      this.failure ??= error;
    });
    this.stream = stream;
    this.groups.push([header, data]);
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    const stream = this.stream;
    if (!stream || this.buffer === '') return;
    const text = this.buffer;
    this.buffer = '';
    if (!stream.write(text))
      await new Promise<void>((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        stream.once('error', onError);
        stream.once('drain', () => {
          stream.off('error', onError);
          resolve();
        });
      });
  }

  private async closeSegment(): Promise<void> {
    const stream = this.stream;
    if (!stream) return;
    await this.flush();
    this.stream = null;
    await new Promise<void>((resolve, reject) => {
      stream.once('error', reject);
      stream.end(() => resolve());
    });
    if (this.failure) throw this.failure;
  }
}
