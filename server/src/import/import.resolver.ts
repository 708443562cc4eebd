import type { ClientBase } from 'pg';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { badInput, forbidden, unauthenticated } from '../errors';
import type { Context } from '../graphql/context';
import { userError, UserErrorCode } from '../graphql/user-error';
import { StaffRole } from '../staff/staff.entity';
import { runImport, type RecordBatch } from './import-run';
import { ImportAccountDataInput } from './import.inputs';
import { ImportAccountDataPayload, ImportCounts, ImportRowError } from './import-result.type';
import type { RecordKind } from './record-kinds';

/** Larger loads go through the CLI; a request body is capped by the server anyway. */
const MAX_RECORDS = 5000;

/** The center a caller may import for: an API key's own, or a center administrator's. */
function importingCenter(ctx: Context) {
  const { caller } = ctx;
  if (caller.kind === 'apiKey') return caller.centerCode;
  if (caller.kind === 'staff' && caller.staff.role === StaffRole.CENTER_ADMIN) {
    if (caller.staff.center) return caller.staff.center.code;
  }
  if (caller.kind === 'anonymous' || caller.kind === 'invalid') throw unauthenticated();
  throw forbidden('仅限管理中心的接口密钥或中心管理员导入本中心数据');
}

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportAccountDataPayload, {
    description:
      'Loads a batch of account data for the caller’s own center (API key or center ' +
      'administrator): checked as a whole, applied all or nothing, incremental.',
  })
  async importAccountData(
    @Arg('input') input: ImportAccountDataInput,
    @Ctx() ctx: Context,
  ): Promise<ImportAccountDataPayload> {
    const centerCode = importingCenter(ctx);
    if (input.centerCode && input.centerCode !== centerCode) {
      throw forbidden('只能导入本中心的数据');
    }
    const lists: [string, RecordKind, object[] | null | undefined][] = [
      ['employees', 'employee', input.employees],
      ['depositAccounts', 'depositAccount', input.depositAccounts],
      ['depositMonths', 'depositMonth', input.depositMonths],
      ['withdrawals', 'withdrawal', input.withdrawals],
      ['loans', 'loan', input.loans],
    ];
    const batches: RecordBatch[] = lists
      .filter(([, , records]) => records && records.length > 0)
      .map(([name, kind, records]) => ({
        name,
        kind,
        records: records as RecordBatch['records'],
      }));
    const total = batches.reduce((sum, batch) => sum + batch.records.length, 0);
    if (total === 0) throw badInput('批次中没有记录', 'input');
    if (total > MAX_RECORDS) throw badInput(`每批最多 ${MAX_RECORDS} 条记录`, 'input');

    const knex = ctx.em.getConnection().getKnex();
    const client = (await knex.client.acquireConnection()) as ClientBase;
    try {
      const report = await runImport(client, {
        centerCode,
        mode: 'INCREMENTAL',
        dryRun: input.dryRun,
        batches,
        now: ctx.services.now(),
      });
      ctx.log.info(
        {
          event: 'account_import',
          caller: ctx.caller.kind,
          centerCode,
          records: total,
          committed: report.committed,
          problems: report.problemCount,
          ms: report.durationMs,
        },
        'account data batch',
      );
      return {
        committed: report.committed,
        records: total,
        counts: report.counts ? Object.assign(new ImportCounts(), report.counts) : null,
        rowErrors: report.problems.map((problem) => Object.assign(new ImportRowError(), problem)),
        rowErrorCount: report.problemCount,
        userErrors: report.problemCount
          ? [
              userError(
                UserErrorCode.IMPORT_REJECTED,
                `批次中有 ${report.problemCount} 处错误，未写入任何数据，请按 rowErrors 修正后重新提交`,
              ),
            ]
          : [],
      };
    } finally {
      await knex.client.releaseConnection(client);
    }
  }
}
