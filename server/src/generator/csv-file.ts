import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import iconv from 'iconv-lite';

export type OutputEncoding = 'utf8' | 'gb18030';

function csvField(value: string) {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV file written in large chunks, waiting for the disk when it falls behind. */
export class CsvFile {
  private readonly stream: WriteStream;
  private pending = '';
  rows = 0;

  constructor(
    private readonly path: string,
    header: string[],
    private readonly encoding: OutputEncoding,
  ) {
    this.stream = createWriteStream(this.path);
    this.pending = header.map(csvField).join(',') + '\n';
  }

  row(fields: (string | number)[]) {
    let line = '';
    for (let i = 0; i < fields.length; i += 1) {
      line += (i ? ',' : '') + csvField(String(fields[i]));
    }
    this.pending += line + '\n';
    this.rows += 1;
  }

  async flush(force = false) {
    if (!force && this.pending.length < 1 << 20) return;
    const text = this.pending;
    this.pending = '';
    const bytes = this.encoding === 'utf8' ? text : iconv.encode(text, 'gb18030');
    if (!this.stream.write(bytes)) await once(this.stream, 'drain');
  }

  /** Closes and removes the file. */
  async discard() {
    this.stream.end();
    await once(this.stream, 'finish');
    await rm(this.path, { force: true });
  }

  async close() {
    await this.flush(true);
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
