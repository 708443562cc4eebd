import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import {
  decodeCursor,
  encodeCursor,
  olderThan,
  pageSize,
  toConnection,
} from '../graphql/connection';
import { requireEmployee, type Context } from '../graphql/context';
import { DISCLOSURE_SCOPE, DisclosureSection } from './disclosure-scope';
import { Redemption } from './redemption.entity';
import { toUsageRecord, USAGE_RECORD_POPULATE, UsageRecordConnection } from './usage-record.type';

@Resolver()
export class UsageRecordsResolver {
  @Query(() => UsageRecordConnection, {
    description:
      '使用记录: queries of the caller’s codes, refused attempts included, newest first.',
  })
  async usageRecords(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<UsageRecordConnection> {
    const { record } = await requireEmployee(ctx);
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const now = ctx.services.now();
    const toNode = (redemption: Redemption) => toUsageRecord(redemption, now);
    if (!record) return toConnection([], size, 0, () => '', toNode);

    const where = { code: { employee: record.id } };
    const page = olderThan<Redemption>(cursor, 'queriedAt');
    const [rows, total] = await Promise.all([
      ctx.em.find(
        Redemption,
        { $and: [where, page] },
        {
          populate: USAGE_RECORD_POPULATE,
          orderBy: { queriedAt: 'desc', id: 'desc' },
          limit: size + 1,
        },
      ),
      ctx.em.count(Redemption, where),
    ]);
    return toConnection(rows, size, total, (r) => encodeCursor(r.queriedAt, r.id), toNode);
  }

  @Query(() => [DisclosureSection], {
    description:
      '点击了解住房公积金管理机构查询内容: the sections and fields a center sees when it ' +
      'redeems a code. Public.',
  })
  disclosureScope(): DisclosureSection[] {
    return DISCLOSURE_SCOPE;
  }
}
