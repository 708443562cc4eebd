import type { ClientBase } from 'pg';
import { todayInChina, type Today } from './field-rules';
import { fileLabels, readFileIntoStaging, type FileSummary } from './file-reader';
import { mergeStaged, type ImportMode, type MergeCounts } from './merge';
import { fault, ProblemCode, ProblemList, type ImportProblem } from './problems';
import { kindSpec, type RecordKind } from './record-kinds';
import { RowChecker } from './row-checker';
import { checkDuplicates, checkHolders, checkReferences } from './run-checks';

/**
 * How PostgreSQL refuses a key given twice in the run: an upsert meeting the same row twice
 * (cardinality violation), or a plain insert meeting its own earlier row (unique violation).
 */
const DUPLICATE_IN_RUN = ['21000', '23505'];
import { CopyWriter, createStagingTables } from './staging';
import type { TextEncoding } from './text-decoding';

/** A list of records of one kind, as the API receives them; keys are camelCase columns. */
export interface RecordBatch {
  name: string;
  kind: RecordKind;
  records: Record<string, string | number | null | undefined>[];
}

export interface ImportRequest {
  centerCode: string;
  mode: ImportMode;
  dryRun: boolean;
  files?: string[];
  batches?: RecordBatch[];
  /** Forces the encoding of every file; detected per file when absent. */
  encoding?: TextEncoding;
  now: Date;
  /** Called after each file, for progress output. */
  onFile?: (summary: FileSummary) => void;
}

export interface ImportReport {
  center: { id: string; code: string; name: string } | null;
  mode: ImportMode;
  dryRun: boolean;
  /** True only when the run's changes were committed. */
  committed: boolean;
  files: FileSummary[];
  rows: number;
  counts: MergeCounts | null;
  problems: ImportProblem[];
  /** All problems found; more than `problems.length` when the list was cut. */
  problemCount: number;
  durationMs: number;
  /** Milliseconds spent reading into staging, checking across rows, and merging. */
  phases: { readMs: number; checkMs: number; mergeMs: number };
}

export function camelCase(key: string) {
  return key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * One import run, all or nothing: every row is read and checked, and only when no problem
 * was found anywhere is anything merged, in the same transaction as the staging. A dry run
 * goes all the way through the merge to count what would change, then rolls back.
 */
export async function runImport(client: ClientBase, request: ImportRequest) {
  const started = Date.now();
  const problems = new ProblemList();
  const today = todayInChina(request.now);
  const report: ImportReport = {
    center: null,
    mode: request.mode,
    dryRun: request.dryRun,
    committed: false,
    files: [],
    rows: 0,
    counts: null,
    problems: problems.items,
    problemCount: 0,
    durationMs: 0,
    phases: { readMs: 0, checkMs: 0, mergeMs: 0 },
  };
  let phaseStart = Date.now();
  const phaseEnd = (phase: keyof ImportReport['phases']) => {
    report.phases[phase] = Date.now() - phaseStart;
    phaseStart = Date.now();
  };

  await client.query('begin');
  try {
    // Sorts and hashes over the staging tables stay in memory at this size.
    await client.query(`set local work_mem = '256MB'`);
    const { rows: centers } = await client.query<{ id: string; code: string; name: string }>(
      'select id, code, name from center where code = $1',
      [request.centerCode],
    );
    if (!centers.length) {
      problems.at(
        '',
        null,
        null,
        fault(
          ProblemCode.CENTER_NOT_FOUND,
          `没有代码为 ${request.centerCode} 的管理中心：请平台管理员先在控制台添加该中心`,
          `no center has the code ${request.centerCode}; a platform administrator adds it first`,
        ),
      );
      return await finish(client, report, problems, started, false);
    }
    const center = centers[0];
    report.center = center;
    // One run per center at a time; others wait rather than interleave.
    await client.query(`select pg_advisory_xact_lock(hashtext('hpf-import:' || $1))`, [center.id]);
    await createStagingTables(client);

    const names: string[] = [];
    const checkers: (RowChecker | null)[] = [];
    const files = request.files ?? [];
    const labels = fileLabels(files);
    for (const [i, file] of files.entries()) {
      const summary = await readFileIntoStaging(file, names.length, {
        label: labels[i],
        client,
        today,
        problems,
        encoding: request.encoding,
        onChecker: (checker) => checkers.push(checker),
      });
      if (checkers.length === names.length) checkers.push(null);
      names.push(summary.file);
      report.files.push(summary);
      report.rows += summary.rows;
      request.onFile?.(summary);
    }
    for (const batch of request.batches ?? []) {
      const checker = await stageBatch(client, batch, names.length, today, problems);
      names.push(batch.name);
      checkers.push(checker);
      report.rows += batch.records.length;
    }

    phaseEnd('readMs');
    for (const spec of ['employee', 'depositAccount', 'depositMonth', 'withdrawal', 'loan']) {
      await client.query(`analyze ${kindSpec(spec as RecordKind).table}`);
    }
    const sources = {
      fileName: (fileNo: number) => names[fileNo] ?? '',
      header: (fileNo: number, key: string) => checkers[fileNo]?.header(key) ?? key,
    };
    await checkReferences(client, center.id, sources, problems);
    await checkHolders(client, center.id, sources, problems);
    const present = new Set<RecordKind>();
    for (const file of report.files) if (file.kind && file.rows > 0) present.add(file.kind);
    for (const batch of request.batches ?? []) {
      if (batch.records.length > 0) present.add(batch.kind);
    }
    // An accounts or loans file that is there but empty is reported as empty, not as missing.
    const given = new Set([...present, ...report.files.flatMap((file) => file.kind ?? [])]);
    if (request.mode === 'FULL' && !given.has('depositAccount') && !given.has('loan')) {
      problems.at(
        '',
        null,
        null,
        fault(
          ProblemCode.FULL_IMPORT_INCOMPLETE,
          '全量导入须包含个人账户或贷款账户文件，否则无法确定中心的全部账户',
          'a full import needs the deposit account or loan records: they define the whole book',
        ),
      );
    }
    if (problems.total > 0) {
      await checkDuplicates(client, sources, problems);
      return await finish(client, report, problems, started, false);
    }
    await checkDuplicates(client, sources, problems, center.id);
    if (problems.total > 0) return await finish(client, report, problems, started, false);
    phaseEnd('checkMs');

    await client.query('savepoint merge');
    try {
      report.counts = await mergeStaged(client, center.id, request.mode, request.now, present);
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (!DUPLICATE_IN_RUN.includes(code)) throw error;
      await client.query('rollback to savepoint merge');
      await checkDuplicates(client, sources, problems);
      if (problems.total === 0) throw error;
      return await finish(client, report, problems, started, false);
    }
    phaseEnd('mergeMs');
    return await finish(client, report, problems, started, !request.dryRun);
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}

async function finish(
  client: ClientBase,
  report: ImportReport,
  problems: ProblemList,
  started: number,
  commit: boolean,
) {
  await client.query(commit ? 'commit' : 'rollback');
  report.committed = commit;
  report.problemCount = problems.total;
  report.durationMs = Date.now() - started;
  return report;
}

async function stageBatch(
  client: ClientBase,
  batch: RecordBatch,
  fileNo: number,
  today: Today,
  problems: ProblemList,
) {
  const spec = kindSpec(batch.kind);
  const headers = spec.columns.map((column) => camelCase(column.key));
  const checker = RowChecker.create(spec, fileNo, batch.name, headers, today, problems, null);
  if (!checker || batch.records.length === 0) return checker;

  const writer = CopyWriter.open(client, spec);
  try {
    batch.records.forEach((record, i) => {
      const fields = headers.map((header) => {
        const value = record[header];
        return value === null || value === undefined ? null : String(value);
      });
      writer.add(checker.check(fields, i + 1));
    });
    await writer.finish();
  } catch (error) {
    writer.abort();
    throw error;
  }
  return checker;
}
