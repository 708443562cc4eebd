/** Why a row, a column or a whole file was refused. Stable: tests and clients branch on it. */
export enum ProblemCode {
  CENTER_NOT_FOUND = 'CENTER_NOT_FOUND',
  FILE_UNREADABLE = 'FILE_UNREADABLE',
  EMPTY_FILE = 'EMPTY_FILE',
  UNKNOWN_FORMAT = 'UNKNOWN_FORMAT',
  ENCODING = 'ENCODING',
  TRUNCATED = 'TRUNCATED',
  MALFORMED_ROW = 'MALFORMED_ROW',
  UNKNOWN_RECORD_KIND = 'UNKNOWN_RECORD_KIND',
  UNKNOWN_COLUMN = 'UNKNOWN_COLUMN',
  DUPLICATE_COLUMN = 'DUPLICATE_COLUMN',
  MISSING_COLUMN = 'MISSING_COLUMN',
  FULL_IMPORT_INCOMPLETE = 'FULL_IMPORT_INCOMPLETE',
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  ID_NUMBER_FORMAT = 'ID_NUMBER_FORMAT',
  ID_BIRTH_DATE = 'ID_BIRTH_DATE',
  ID_CHECK_DIGIT = 'ID_CHECK_DIGIT',
  NUMBER_FORMAT = 'NUMBER_FORMAT',
  MOBILE_FORMAT = 'MOBILE_FORMAT',
  DATE = 'DATE',
  MONTH = 'MONTH',
  MONEY = 'MONEY',
  RATE = 'RATE',
  INTEGER = 'INTEGER',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  ENUM = 'ENUM',
  INCONSISTENT = 'INCONSISTENT',
  DUPLICATE_KEY = 'DUPLICATE_KEY',
  UNKNOWN_EMPLOYEE = 'UNKNOWN_EMPLOYEE',
  UNKNOWN_ACCOUNT = 'UNKNOWN_ACCOUNT',
  HOLDER_CHANGED = 'HOLDER_CHANGED',
}

/** One refusal, located as precisely as the input allows. */
export interface ImportProblem {
  /** The file name as given, or the list name of an API batch (for example `depositAccounts`). */
  file: string;
  /** 1-based line of the file, or 1-based position in the API list; null for a whole file. */
  line: number | null;
  /** The column as the file names it (its header), or null when no one column is at fault. */
  column: string | null;
  code: ProblemCode;
  /** Chinese, for center staff. */
  message: string;
  /** English, for developers of the centers' systems. */
  messageEn: string;
}

/** A problem without its place; the reader of the row adds file, line and column. */
export interface Fault {
  code: ProblemCode;
  zh: string;
  en: string;
}

export function fault(code: ProblemCode, zh: string, en: string): Fault {
  return { code, zh, en };
}

/**
 * Every problem of a run, kept up to a limit so that a file with a million bad rows cannot
 * exhaust memory; beyond it only the count grows.
 */
export class ProblemList {
  readonly items: ImportProblem[] = [];
  total = 0;

  constructor(readonly limit = 10_000) {}

  add(problem: ImportProblem) {
    this.total += 1;
    if (this.items.length < this.limit) this.items.push(problem);
  }

  at(file: string, line: number | null, column: string | null, found: Fault) {
    this.add({ file, line, column, code: found.code, message: found.zh, messageEn: found.en });
  }

  get truncated() {
    return this.total > this.items.length;
  }
}
