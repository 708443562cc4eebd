import { isFault, type Today } from './field-rules';
import { fault, ProblemCode, type Fault, type ProblemList } from './problems';
import { headerNames, normaliseHeader, type KindSpec } from './record-kinds';

/** COPY text format: backslash, tab and line breaks escaped; null is \N. */
export function copyEscape(value: string) {
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n' })[c] ?? '\\r')
    : value;
}

/**
 * Checks the rows of one file (or one API list) of a known kind and turns each into a line
 * of COPY text for the run's staging table. Rows with problems are staged too, marked not
 * ok, with their text columns as given: duplicate and reference checks then still see their
 * keys, so one bad row does not make its dependants report a missing parent.
 */
export class RowChecker {
  /** For each column of the kind, its position in the file's rows, or -1 when absent. */
  private readonly positions: number[];
  private readonly headerOf: string[];
  readonly width: number;

  private constructor(
    readonly spec: KindSpec,
    private readonly fileNo: number,
    private readonly file: string,
    headers: string[],
    private readonly today: Today,
    private readonly problems: ProblemList,
  ) {
    const normalised = headers.map(normaliseHeader);
    this.positions = spec.columns.map((column) => {
      const names = headerNames(column);
      return normalised.findIndex((header) => names.includes(header));
    });
    this.headerOf = spec.columns.map((column, i) =>
      this.positions[i] >= 0 ? headers[this.positions[i]] : column.key,
    );
    this.width = headers.length;
  }

  /** Null when the header itself is unusable; the problems then say why. */
  static create(
    spec: KindSpec,
    fileNo: number,
    file: string,
    headers: string[],
    today: Today,
    problems: ProblemList,
    headerLine: number | null,
  ): RowChecker | null {
    const known = new Set(spec.columns.flatMap(headerNames));
    const seen = new Map<string, string>();
    let usable = true;
    for (const header of headers) {
      const name = normaliseHeader(header);
      const column = spec.columns.find((c) => headerNames(c).includes(name));
      if (!known.has(name)) {
        usable = false;
        problems.at(
          file,
          headerLine,
          header,
          fault(
            ProblemCode.UNKNOWN_COLUMN,
            `未知的列“${header}”（${spec.zh}文件）`,
            `unknown column "${header}" for ${spec.kind} records`,
          ),
        );
      } else if (column && seen.has(column.key)) {
        usable = false;
        problems.at(
          file,
          headerLine,
          header,
          fault(
            ProblemCode.DUPLICATE_COLUMN,
            `列“${header}”与“${seen.get(column.key)}”重复`,
            `column "${header}" repeats "${seen.get(column.key)}"`,
          ),
        );
      } else if (column) {
        seen.set(column.key, header);
      }
    }
    for (const column of spec.columns) {
      if (column.required && !seen.has(column.key)) {
        usable = false;
        problems.at(
          file,
          headerLine,
          column.zh,
          fault(
            ProblemCode.MISSING_COLUMN,
            `缺少必需的列“${column.zh}”（${column.key}）`,
            `the required column ${column.key} (${column.zh}) is missing`,
          ),
        );
      }
    }
    return usable ? new RowChecker(spec, fileNo, file, headers, today, problems) : null;
  }

  /** The header a column goes by in this file, for messages. */
  header(key: string) {
    const index = this.spec.columns.findIndex((column) => column.key === key);
    return index >= 0 ? this.headerOf[index] : key;
  }

  /** Checks one row given as the file's fields; returns its COPY line. */
  check(fields: (string | null | undefined)[], line: number, faults?: (Fault | null)[]): string {
    const { columns } = this.spec;
    const checked: (string | null)[] = [];
    let out = '';
    let ok = true;

    for (let i = 0; i < columns.length; i += 1) {
      const column = columns[i];
      const at = this.positions[i];
      const raw = at >= 0 ? fields[at]?.trim() : undefined;
      let value: string | null = null;

      const given = at >= 0 ? faults?.[at] : null;
      if (given) {
        ok = false;
        this.problems.at(this.file, line, this.headerOf[i], given);
      } else if (raw === undefined || raw === null || raw === '') {
        if (column.required) {
          ok = false;
          this.problems.at(
            this.file,
            line,
            this.headerOf[i],
            fault(ProblemCode.REQUIRED, `“${column.zh}”不能为空`, `${column.key} is required`),
          );
        } else {
          value = column.fallback ?? null;
        }
      } else if (raw.includes('\uFFFD')) {
        ok = false;
        value = column.sqlType === 'text' ? raw : null;
        this.problems.at(
          this.file,
          line,
          this.headerOf[i],
          fault(
            ProblemCode.ENCODING,
            '含有无法识别的字符：文件编码可能不是所声明的 UTF-8 或 GB18030',
            'unreadable characters: the file is probably not in the encoding given or detected',
          ),
        );
      } else {
        const result = column.check(raw, this.today, checked);
        if (isFault(result)) {
          ok = false;
          value = column.sqlType === 'text' ? raw : null;
          this.problems.at(this.file, line, this.headerOf[i], result);
        } else {
          value = result;
        }
      }
      checked.push(value);
      out += value === null ? '\t\\N' : '\t' + copyEscape(value);
    }

    if (ok && this.spec.crossCheck) {
      const cross = this.spec.crossCheck(checked);
      if (cross) {
        ok = false;
        this.problems.at(this.file, line, this.header(cross.column), cross.fault);
      }
    }
    return `${this.fileNo}\t${line}\t${ok ? 't' : 'f'}${out}\n`;
  }
}
