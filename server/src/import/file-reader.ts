import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { ClientBase } from 'pg';
import { CsvSplitter } from './csv-splitter';
import type { Today } from './field-rules';
import { JsonLinesSplitter } from './jsonl-splitter';
import { fault, ProblemCode, type ProblemList } from './problems';
import { detectKind, KINDS, type RecordKind } from './record-kinds';
import { RowChecker } from './row-checker';
import { CopyWriter } from './staging';
import {
  createDecoder,
  detectEncoding,
  type StreamDecoder,
  type TextEncoding,
} from './text-decoding';

export type FileFormat = 'csv' | 'jsonl';

export interface ReadOptions {
  client: ClientBase;
  today: Today;
  problems: ProblemList;
  /** Forced by the caller; detected from the first bytes when absent. */
  encoding?: TextEncoding;
  /** How problems name the file; its name when not given. */
  label?: string;
  /** Told the checker of the file once its header is read, for naming columns later. */
  onChecker?: (checker: RowChecker | null) => void;
}

export interface FileSummary {
  file: string;
  kind: RecordKind | null;
  format: FileFormat;
  encoding: TextEncoding | null;
  rows: number;
}

export function formatOf(file: string, head: string): FileFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl';
  return head.trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

/**
 * How problems name the run's files: by their names, or, when two files share a name (two
 * centers' folders, say), by their paths below the folder the run's files have in common.
 */
export function fileLabels(paths: string[]) {
  const names = paths.map((file) => path.basename(file));
  if (new Set(names).size === names.length) return names;
  const folders = paths.map((file) => path.dirname(path.resolve(file)));
  let common = folders[0] ?? '';
  const outside = (folder: string) => path.relative(common, folder).split(path.sep)[0] === '..';
  while (folders.some(outside)) common = path.dirname(common);
  return paths.map((file) => path.relative(common, path.resolve(file)));
}

/**
 * Reads one file into the staging table of its kind: decodes, splits, checks each row and
 * streams it to PostgreSQL with COPY, one chunk at a time so memory stays bounded whatever
 * the file's size.
 */
export async function readFileIntoStaging(
  filePath: string,
  fileNo: number,
  options: ReadOptions,
): Promise<FileSummary> {
  const file = options.label ?? path.basename(filePath);
  const { problems, today } = options;
  const summary: FileSummary = { file, kind: null, format: 'csv', encoding: null, rows: 0 };
  const report = (
    line: number | null,
    code: ProblemCode,
    zh: string,
    en: string,
    column: string | null = null,
  ) => problems.at(file, line, column, fault(code, zh, en));

  let decoder: StreamDecoder | null = null;
  let writer = null as CopyWriter | null;
  let checker = null as RowChecker | null;
  let headerSeen = false;
  let sawBytes = false;
  /** Records after the header, good or bad: a file with none is empty. */
  let records = 0;

  const onHeader = (headers: string[], line: number) => {
    headerSeen = true;
    const spec = detectKind(headers);
    if (!spec) {
      const kinds = KINDS.map((k) => k.zh).join('、');
      report(
        line,
        ProblemCode.UNKNOWN_RECORD_KIND,
        `无法从列名判断文件内容（应为${kinds}之一），请检查表头`,
        'cannot tell from the column names which kind of records the file holds; check the header',
      );
      return;
    }
    summary.kind = spec.kind;
    checker = RowChecker.create(spec, fileNo, file, headers, today, problems, line);
    options.onChecker?.(checker);
    if (checker) writer = CopyWriter.open(options.client, checker.spec);
  };

  const csv = new CsvSplitter({
    record(fields, line, endsWithNewline) {
      if (!headerSeen) return onHeader(fields, line);
      records += 1;
      if (!checker) return;
      if (fields.length !== checker.width) {
        const truncated = !endsWithNewline && fields.length < checker.width;
        report(
          line,
          truncated ? ProblemCode.TRUNCATED : ProblemCode.MALFORMED_ROW,
          truncated
            ? `最后一行不完整（${fields.length}/${checker.width} 列），文件可能被截断`
            : `应有 ${checker.width} 列，实有 ${fields.length} 列`,
          truncated
            ? `the last line is incomplete (${fields.length} of ${checker.width} columns); ` +
                'the file was probably cut short'
            : `expected ${checker.width} columns, found ${fields.length}`,
        );
        return;
      }
      writer?.add(checker.check(fields, line));
      summary.rows += 1;
      // A CSV row does not show where it ends: a file cut inside its last value still has
      // every column, with a shorter amount or name. Center exports end every row with a
      // line break, so a last row without one is taken as cut short, never as complete.
      if (!endsWithNewline) {
        report(
          line,
          ProblemCode.TRUNCATED,
          '文件末尾没有换行，最后一行可能被截断；若该行完整，请在文件末尾加一个换行',
          'the file does not end with a line break, so its last line may have been cut ' +
            'short; if the line is complete, end the file with a line break',
        );
      }
    },
    malformed(line, reason) {
      records += 1;
      report(
        line,
        reason === 'unclosed' ? ProblemCode.TRUNCATED : ProblemCode.MALFORMED_ROW,
        reason === 'unclosed'
          ? '引号未闭合直到文件结束，文件可能被截断'
          : '引号使用错误：含逗号、引号或换行的字段应整体用英文双引号括起，内部引号写作两个',
        reason === 'unclosed'
          ? 'a quoted field is still open at the end of the file; it was probably cut short'
          : 'misplaced quote: quote a whole field, and double a quote inside it',
      );
    },
  });

  const jsonl = new JsonLinesSplitter({
    first(keys, line) {
      onHeader(keys, line);
      return checker !== null;
    },
    row(fields, line, faults) {
      records += 1;
      writer?.add(checker!.check(fields, line, faults));
      summary.rows += 1;
    },
    problem(line, code, zh, en, column) {
      records += 1;
      report(line, code, zh, en, column ?? null);
    },
  });
  let push: (text: string) => void = () => undefined;

  try {
    for await (const chunk of createReadStream(filePath, { highWaterMark: 1 << 20 })) {
      const bytes = chunk as Buffer;
      if (!decoder) {
        const encoding = options.encoding ?? detectEncoding(bytes);
        if (!encoding) {
          report(
            null,
            ProblemCode.ENCODING,
            '不支持 UTF-16 编码，请另存为 UTF-8 或 GB18030',
            'UTF-16 is not supported; save the file as UTF-8 or GB18030',
          );
          return summary;
        }
        summary.encoding = encoding;
        decoder = createDecoder(encoding);
      }
      const text = decoder.write(bytes);
      if (!sawBytes) {
        if (text.trim() === '') continue;
        sawBytes = true;
        summary.format = formatOf(filePath, text);
        push = summary.format === 'csv' ? (t) => csv.push(t) : (t) => jsonl.push(t);
      }
      push(text);
      await writer?.flush();
    }
    if (decoder) push(decoder.end());
    if (summary.format === 'csv') csv.end();
    else jsonl.end();
    await writer?.finish();
    writer = null;
  } catch (error) {
    writer?.abort();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      report(null, ProblemCode.FILE_UNREADABLE, '文件不存在或无法读取', 'the file cannot be read');
      return summary;
    }
    throw error;
  }

  if (!sawBytes || (headerSeen && records === 0 && checker)) {
    report(
      sawBytes ? 2 : 1,
      ProblemCode.EMPTY_FILE,
      sawBytes ? '文件只有表头，没有数据行' : '文件为空',
      sawBytes ? 'the file has a header but no records' : 'the file is empty',
    );
  }
  return summary;
}
