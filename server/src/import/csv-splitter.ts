/**
 * A streaming CSV reader (RFC 4180: comma separated, fields quoted with ", "" for a quote,
 * CRLF or LF line ends). Most rows of center exports have no quotes at all; those take a
 * fast path of one indexOf and one split, which made it several times faster than a general
 * parser on the benchmark's million-row files.
 */

export interface CsvHandlers {
  /** A record, with the physical line it starts on. */
  record(fields: string[], line: number, endsWithNewline: boolean): void;
  /** A record that cannot be read: a stray quote, or a quote left open at the end. */
  malformed(line: number, reason: 'quote' | 'unclosed'): void;
}

/** A record in progress may span lines inside quotes, but not without bound. */
const MAX_RECORD_CHARS = 1 << 20;

type Parsed = { fields: string[]; end: number } | 'incomplete' | 'malformed' | 'unclosed';

export class CsvSplitter {
  private rest = '';
  private line = 1;

  constructor(private readonly handlers: CsvHandlers) {}

  push(text: string) {
    this.consume(this.rest + text, false);
  }

  end() {
    if (this.rest !== '') this.consume(this.rest, true);
    this.rest = '';
  }

  private consume(buf: string, eof: boolean) {
    let pos = 0;
    while (pos < buf.length) {
      let newline = buf.indexOf('\n', pos);
      if (newline < 0 && !eof) break;
      if (newline < 0) newline = buf.length;

      const lineEnd = newline > pos && buf.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      const text = buf.slice(pos, lineEnd);
      if (text.indexOf('"') < 0) {
        if (text !== '') this.handlers.record(text.split(','), this.line, newline < buf.length);
        this.line += 1;
        pos = newline + 1;
        continue;
      }

      const parsed = parseQuoted(buf, pos, eof);
      if (parsed === 'incomplete') {
        if (buf.length - pos <= MAX_RECORD_CHARS) break;
        this.handlers.malformed(this.line, 'unclosed');
        this.line += 1;
        pos = newline + 1;
        continue;
      }
      if (parsed === 'unclosed') {
        // Everything after an opening quote that never closes is inside it.
        this.handlers.malformed(this.line, 'unclosed');
        pos = buf.length;
        break;
      }
      if (parsed === 'malformed') {
        this.handlers.malformed(this.line, 'quote');
        this.line += 1;
        pos = newline + 1;
        continue;
      }
      this.handlers.record(parsed.fields, this.line, buf.charCodeAt(parsed.end - 1) === 10);
      this.line += countNewlines(buf, pos, parsed.end);
      pos = parsed.end;
    }
    this.rest = buf.slice(pos);
  }
}

function countNewlines(buf: string, from: number, to: number) {
  let count = 0;
  for (let i = buf.indexOf('\n', from); i >= 0 && i < to; i = buf.indexOf('\n', i + 1)) {
    count += 1;
  }
  return count;
}

/** Reads one record that has quotes in it, starting at `pos`; `end` is just past its newline. */
function parseQuoted(buf: string, pos: number, eof: boolean): Parsed {
  const fields: string[] = [];
  let i = pos;
  for (;;) {
    if (buf.charCodeAt(i) === 34) {
      let field = '';
      i += 1;
      for (;;) {
        const quote = buf.indexOf('"', i);
        if (quote < 0) return eof ? 'unclosed' : 'incomplete';
        field += buf.slice(i, quote);
        if (quote + 1 >= buf.length && !eof) return 'incomplete';
        if (buf.charCodeAt(quote + 1) === 34) {
          field += '"';
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      fields.push(field);
      const next = buf.charCodeAt(i);
      if (next === 44) {
        i += 1;
        continue;
      }
      if (i >= buf.length) return { fields, end: i };
      if (next === 10) return { fields, end: i + 1 };
      if (next === 13 && buf.charCodeAt(i + 1) === 10) return { fields, end: i + 2 };
      if (next === 13 && i + 1 >= buf.length && !eof) return 'incomplete';
      return 'malformed';
    }

    const comma = buf.indexOf(',', i);
    let newline = buf.indexOf('\n', i);
    if (newline < 0) {
      if (!eof) return 'incomplete';
      newline = buf.length;
    }
    if (comma >= 0 && comma < newline) {
      const field = buf.slice(i, comma);
      if (field.includes('"')) return 'malformed';
      fields.push(field);
      i = comma + 1;
      continue;
    }
    const lineEnd = newline > i && buf.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    const field = buf.slice(i, lineEnd);
    if (field.includes('"')) return 'malformed';
    fields.push(field);
    return { fields, end: Math.min(newline + 1, buf.length) };
  }
}
