import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { KINDS, type KindSpec } from './record-kinds';

/**
 * The run's staging tables: temporary (never written to the WAL, gone at the end of the
 * transaction), one per kind of record, holding every row read with where it came from.
 */
export async function createStagingTables(client: ClientBase) {
  for (const spec of KINDS) {
    const columns = spec.columns.map((column) => `${column.key} ${column.sqlType}`).join(', ');
    await client.query(
      `create temp table ${spec.table} (file_no int not null, line int not null,
        ok boolean not null, ${columns}) on commit drop`,
    );
  }
}

/** Collects COPY lines and sends them in large writes, waiting when PostgreSQL lags behind. */
export class CopyWriter {
  private pending: string[] = [];
  private pendingChars = 0;
  rows = 0;

  private constructor(private readonly stream: Writable) {}

  static open(client: ClientBase, spec: KindSpec) {
    const columns = ['file_no', 'line', 'ok', ...spec.columns.map((column) => column.key)];
    const stream = client.query(copyFrom(`copy ${spec.table} (${columns.join(', ')}) from stdin`));
    return new CopyWriter(stream);
  }

  add(line: string) {
    this.pending.push(line);
    this.pendingChars += line.length;
    this.rows += 1;
  }

  /** Sends what has collected once it is worth a write; resolves when it may go on. */
  async flush(force = false) {
    if (this.pendingChars === 0 || (!force && this.pendingChars < 1 << 18)) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    // Keep a few megabytes in flight so that PostgreSQL works while the next rows are read;
    // waiting for every drain would make the two take turns on a two-core machine.
    this.stream.write(text);
    if (this.stream.writableLength > 1 << 22) await once(this.stream, 'drain');
  }

  async finish() {
    await this.flush(true);
    const done = once(this.stream, 'finish');
    this.stream.end();
    await done;
  }

  /** Ends the COPY with an error, so the connection can roll back and be used again. */
  abort() {
    this.stream.destroy(new Error('import stopped'));
  }
}
