/**
 * `npm run import -- --center <code> [--full] [--dry-run] [--encoding utf8|gb18030] [--json]
 * <files or folders...>`: loads a center's account data into the service's database.
 * Exit status: 0 imported (or dry run passed), 1 refused with problems, 2 usage error,
 * 3 failure (database unreachable and the like).
 */
import 'reflect-metadata';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { createLogger } from '../logger';
import { openToolDatabase } from './import-database';
import { runImport, type ImportReport } from './import-run';
import type { TextEncoding } from './text-decoding';

const USAGE = `usage: npm run import -- --center <code> [--full] [--dry-run]
       [--encoding utf8|gb18030] [--json] <files or folders...>

  --center    code of the management center the data belongs to (for example 440300)
  --full      the files are the center's whole book: accounts absent from them are closed
  --dry-run   check and count everything, write nothing
  --encoding  force the encoding of CSV files (default: detected per file)
  --json      print the report as JSON`;

/** What a folder's import files are called; a `.json` file is taken only when named. */
const DATA_FILE = /\.(csv|txt|jsonl|ndjson)$/i;

class UsageError extends Error {}

/** Folders stand for the data files directly inside them, in name order. */
function expand(inputs: string[]) {
  return inputs.flatMap((input) => {
    const resolved = path.resolve(process.env.INIT_CWD || process.cwd(), input);
    const stat = statSync(resolved, { throwIfNoEntry: false });
    if (!stat?.isDirectory()) return [resolved];
    const files = readdirSync(resolved).filter((name) => DATA_FILE.test(name));
    // A mistyped or wrong folder must not look like an import of nothing that went well.
    if (files.length === 0) {
      throw new UsageError(
        `no import files (.csv, .txt, .jsonl, .ndjson) in ${input}; ` +
          'give the folder of one center, or the files',
      );
    }
    return files.sort().map((name) => path.join(resolved, name));
  });
}

/** "1 file", "2 files". */
function count(n: number, noun: string) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function printReport(report: ImportReport) {
  for (const file of report.files) {
    const read = [file.format, file.encoding].filter(Boolean).join(', ');
    console.log(
      file.kind
        ? `  ${file.file}: ${count(file.rows, 'row')} of ${file.kind} (${read})`
        : `  ${file.file}: not read, see below`,
    );
  }
  for (const problem of report.problems) {
    const where = [problem.file, problem.line ?? '', problem.column ?? '']
      .filter((part) => part !== '')
      .join(':');
    console.log(`  ${where}  ${problem.code}  ${problem.message} / ${problem.messageEn}`);
  }
  if (report.problemCount > report.problems.length) {
    const more = report.problemCount - report.problems.length;
    console.log(`  ... and ${count(more, 'more problem')}`);
  }
  const seconds = (report.durationMs / 1000).toFixed(1);
  if (report.problemCount > 0) {
    const problems = count(report.problemCount, 'problem');
    console.log(`refused: ${problems}; nothing was written (${seconds} s)`);
    return;
  }
  const c = report.counts!;
  console.log(
    `${report.dryRun ? 'dry run, nothing written; would change' : 'imported'}: ` +
      `employees +${c.employeesInserted} ~${c.employeesUpdated}; ` +
      `accounts +${c.accountsInserted} ~${c.accountsUpdated} closed ${c.accountsClosed}; ` +
      `months +${c.monthsInserted} ~${c.monthsUpdated} -${c.monthsDeleted}; ` +
      `withdrawals +${c.withdrawalsInserted} -${c.withdrawalsDeleted}; ` +
      `loans +${c.loansInserted} ~${c.loansUpdated} settled ${c.loansSettled} ` +
      `(${count(report.rows, 'row')} in ${seconds} s)`,
  );
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        center: { type: 'string' },
        full: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        encoding: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const encoding = values.encoding?.toLowerCase().replace('-', '');
  if (
    !values.center ||
    positionals.length === 0 ||
    (encoding && !/^(utf8|gb18030)$/.test(encoding))
  ) {
    console.error(USAGE);
    return 2;
  }

  let files: string[];
  try {
    files = expand(positionals);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return 2;
  }

  const log = createLogger('warn');
  const database = await openToolDatabase(log);
  const client = new Client({ connectionString: database.url });
  // A dropped connection then fails the running query, instead of crashing the process.
  client.on('error', (error) => console.error(`database connection lost: ${error.message}`));
  await client.connect();
  try {
    if (!values.json) {
      console.log(
        `importing ${count(files.length, 'file')} for center ${values.center} ` +
          `(${values.full ? 'full' : 'incremental'}${values['dry-run'] ? ', dry run' : ''}) ` +
          `into the database of the ${database.source}`,
      );
    }
    const report = await runImport(client, {
      centerCode: values.center,
      mode: values.full ? 'FULL' : 'INCREMENTAL',
      dryRun: values['dry-run'],
      files,
      encoding: encoding as TextEncoding | undefined,
      now: new Date(),
    });
    if (values.json) console.log(JSON.stringify(report, null, 2));
    else printReport(report);
    return report.problemCount > 0 ? 1 : 0;
  } finally {
    await client.end();
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import failed: ${(error as Error).message ?? String(error)}`);
    process.exit(3);
  },
);
