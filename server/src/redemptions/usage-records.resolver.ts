import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { requireEmployee, type Context } from '../graphql/context';
import { emptyPage, findPage } from '../graphql/find-page';
import { DISCLOSURE_SCOPE, DisclosureSection } from './disclosure-scope';
import { Redemption } from './redemption.entity';
import {
  toUsageRecord,
  USAGE_RECORD_POPULATE,
  UsageRecord,
  UsageRecordConnection,
} from './usage-record.type';

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
    const now = ctx.services.now();
    if (!record) return emptyPage<UsageRecord>({ first, after });

    return findPage(
      ctx.em,
      Redemption,
      { code: { employee: record.id } },
      { first, after, orderField: 'queriedAt', populate: USAGE_RECORD_POPULATE },
      (redemption) => toUsageRecord(redemption, now),
    );
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
