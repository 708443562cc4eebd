import { normaliseHeader } from './record-kinds';
import { fault, ProblemCode, type Fault } from './problems';

export interface JsonLinesHandlers {
  /** The keys of the first record name the columns; false when they are unusable. */
  first(keys: string[], line: number): boolean;
  row(fields: (string | null)[], line: number, faults: (Fault | null)[]): void;
  problem(line: number, code: ProblemCode, zh: string, en: string, column?: string): void;
}

const DECIMAL_AS_NUMBER = fault(
  ProblemCode.MONEY,
  '小数请写成字符串（如 "1234.50"），以免精度损失',
  'write decimals as JSON strings (such as "1234.50") so no precision is lost',
);
const NOT_TEXT = fault(
  ProblemCode.MALFORMED_ROW,
  '值应为字符串或整数',
  'the value must be a string or a whole number',
);

/**
 * JSON Lines: one object per line, keys named like CSV headers. Decimals must be strings,
 * because a JSON number is read as a binary float; whole numbers may be numbers.
 */
export class JsonLinesSplitter {
  private rest = '';
  private line = 1;
  private headers: string[] | null = null;
  private positions = new Map<string, number>();
  private refused = false;

  constructor(private readonly handlers: JsonLinesHandlers) {}

  push(text: string) {
    const buf = this.rest + text;
    let pos = 0;
    for (let nl = buf.indexOf('\n', pos); nl >= 0; nl = buf.indexOf('\n', pos)) {
      this.take(buf.slice(pos, nl), true);
      pos = nl + 1;
    }
    this.rest = buf.slice(pos);
  }

  end() {
    if (this.rest.trim() !== '') this.take(this.rest, false);
    this.rest = '';
  }

  private take(text: string, endsWithNewline: boolean) {
    const line = this.line;
    this.line += 1;
    if (text.trim() === '' || this.refused) return;

    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      if (!endsWithNewline) {
        this.handlers.problem(
          line,
          ProblemCode.TRUNCATED,
          '最后一行不是完整的 JSON，文件可能被截断',
          'the last line is not complete JSON; the file was probably cut short',
        );
      } else {
        this.handlers.problem(
          line,
          ProblemCode.MALFORMED_ROW,
          '该行不是有效的 JSON 对象',
          'the line is not a valid JSON object',
        );
      }
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.handlers.problem(
        line,
        ProblemCode.MALFORMED_ROW,
        '每行应为一个 JSON 对象',
        'each line must hold one JSON object',
      );
      return;
    }
    const record = value as Record<string, unknown>;
    if (!this.headers) {
      this.headers = Object.keys(record);
      this.headers.forEach((key, i) => this.positions.set(normaliseHeader(key), i));
      if (!this.handlers.first(this.headers, line)) {
        this.refused = true;
        return;
      }
    }

    const fields: (string | null)[] = new Array(this.headers.length).fill(null);
    const faults: (Fault | null)[] = new Array(this.headers.length).fill(null);
    for (const key of Object.keys(record)) {
      const at = this.positions.get(normaliseHeader(key));
      if (at === undefined) {
        this.handlers.problem(
          line,
          ProblemCode.UNKNOWN_COLUMN,
          `未知的字段“${key}”`,
          `unknown field "${key}"`,
          key,
        );
        continue;
      }
      const raw = record[key];
      if (typeof raw === 'string') fields[at] = raw;
      else if (typeof raw === 'number' && Number.isSafeInteger(raw)) fields[at] = String(raw);
      else if (typeof raw === 'number') faults[at] = DECIMAL_AS_NUMBER;
      else if (raw !== null) faults[at] = NOT_TEXT;
    }
    this.handlers.row(fields, line, faults);
  }
}
