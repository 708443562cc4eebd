import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Center } from '../centers/center.entity';
import { badInput } from '../errors';
import { requireStaff, type Context } from '../graphql/context';
import { findPage } from '../graphql/find-page';
import { isUuid } from '../graphql/ids';
import { userError, UserErrorCode } from '../graphql/user-error';
import { withRedeemLimit } from '../security/redeem-limit';
import { StaffRole } from '../staff/staff.entity';
import {
  CENTER_REDEMPTION_POPULATE,
  CenterRedemptionConnection,
  CenterRedemptionFilter,
  REOPEN_WINDOW_MS,
  toCenterRedemption,
} from './center-redemption.type';
import { checkCodeOf, normalizeCheckCode } from './form-seal';
import type { FormSnapshot } from './form-snapshot';
import { FormReopening } from './form-reopening.entity';
import { toInformationForm } from './information-form';
import { redeemCode } from './redeem-code';
import {
  FormVerification,
  RedeemCodeInput,
  RedeemCodePayload,
  ReopenFormInput,
  ReopenFormPayload,
} from './redemption.inputs';
import { Redemption, RedemptionOutcome } from './redemption.entity';

const COUNTER_ROLES = [StaffRole.CLERK, StaffRole.CENTER_ADMIN];

@Resolver()
export class RedemptionResolver {
  @Mutation(() => RedeemCodePayload, {
    description:
      'Consumes a code and discloses the information form. Only an active clerk of the ' +
      'code’s center succeeds, and only once.',
  })
  async redeemCode(
    @Arg('input') input: RedeemCodeInput,
    @Ctx() ctx: Context,
  ): Promise<RedeemCodePayload> {
    const clerk = requireStaff(ctx, COUNTER_ROLES);
    if (input.code.length > 100) throw badInput('电子码过长，请重新扫码或输入20位数字', 'code');

    const result = await withRedeemLimit(ctx, clerk.id, async (tx) => {
      const outcome = await redeemCode(tx, {
        typed: input.code,
        clerk,
        clientAddress: ctx.clientAddress,
        hashKey: ctx.services.codeHashKey,
        now: ctx.services.now(),
      });
      const guessFailed = 'error' in outcome && outcome.error.code === UserErrorCode.CODE_NOT_FOUND;
      return { guessFailed, result: outcome };
    });
    if ('error' in result) {
      ctx.log.info(
        { event: 'redeem_refused', outcome: result.error.code, staffId: clerk.id },
        'code not redeemed',
      );
      return { form: null, redemptionId: null, userErrors: [result.error] };
    }
    ctx.log.info(
      { event: 'redeemed', redemptionId: result.redemptionId, staffId: clerk.id },
      'code redeemed',
    );
    return {
      form: toInformationForm(result.snapshot),
      redemptionId: result.redemptionId,
      userErrors: [],
    };
  }

  @Mutation(() => ReopenFormPayload, {
    description: 'The clerk who redeemed a code opens its form again within 30 minutes; logged.',
  })
  async reopenForm(
    @Arg('input') input: ReopenFormInput,
    @Ctx() ctx: Context,
  ): Promise<ReopenFormPayload> {
    const clerk = requireStaff(ctx, COUNTER_ROLES);
    const now = ctx.services.now();
    const notFound = userError(
      UserErrorCode.REDEMPTION_NOT_FOUND,
      '未找到您本人查询成功的该条记录',
      'redemptionId',
    );
    if (!isUuid(input.redemptionId)) return { form: null, userErrors: [notFound] };

    const redemption = await ctx.em.findOne(Redemption, {
      id: input.redemptionId,
      staff: clerk.id,
      outcome: RedemptionOutcome.REDEEMED,
    });
    if (!redemption || !redemption.snapshot) return { form: null, userErrors: [notFound] };
    if (now.getTime() - redemption.queriedAt.getTime() > REOPEN_WINDOW_MS) {
      const closed = userError(
        UserErrorCode.REOPEN_WINDOW_CLOSED,
        '查询已超过30分钟，不能再次打开；如需再次查询，请职工重新申请电子码',
        'redemptionId',
      );
      return { form: null, userErrors: [closed] };
    }

    ctx.em.create(FormReopening, {
      redemption,
      staff: clerk.id,
      reopenedAt: now,
      clientAddress: ctx.clientAddress,
    });
    await ctx.em.flush();
    ctx.log.info({ event: 'form_reopened', redemptionId: redemption.id }, 'form reopened');
    return { form: toInformationForm(redemption.snapshot as FormSnapshot), userErrors: [] };
  }

  @Query(() => CenterRedemptionConnection, {
    description: 'Redemptions at the caller’s center (any center for platform administrators).',
  })
  async centerRedemptions(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => CenterRedemptionFilter, { nullable: true })
    filter?: CenterRedemptionFilter,
  ): Promise<CenterRedemptionConnection> {
    const staff = requireStaff(ctx);

    let centerId = staff.center?.id ?? null;
    if (staff.role === StaffRole.PLATFORM_ADMIN && filter?.centerCode) {
      const center = await ctx.em.findOne(Center, { code: filter.centerCode });
      centerId = center?.id ?? '00000000-0000-0000-0000-000000000000';
    }
    if (filter?.clerkId && !isUuid(filter.clerkId)) throw badInput('clerkId 无效', 'clerkId');

    const where = {
      ...(centerId ? { staffCenter: centerId } : {}),
      ...(filter?.clerkId ? { staff: filter.clerkId } : {}),
      ...(filter?.outcome ? { outcome: filter.outcome } : {}),
      queriedAt: {
        ...(filter?.from ? { $gte: filter.from } : {}),
        ...(filter?.to ? { $lt: filter.to } : {}),
      },
    };
    return findPage(
      ctx.em,
      Redemption,
      where,
      { first, after, orderField: 'queriedAt', populate: CENTER_REDEMPTION_POPULATE },
      toCenterRedemption,
    );
  }

  @Query(() => FormVerification, {
    description:
      'Public: whether a printed form with this serial number and check code is genuine.',
  })
  async verifyForm(
    @Arg('serialNumber') serialNumber: string,
    @Arg('checkCode') checkCode: string,
    @Ctx() ctx: Context,
  ): Promise<FormVerification> {
    const notGenuine = { genuine: false, centerName: null, queriedAt: null };
    if (serialNumber.length > 32 || checkCode.length > 32) return notGenuine;

    const redemption = await ctx.em.findOne(
      Redemption,
      { serialNumber: serialNumber.trim(), outcome: RedemptionOutcome.REDEEMED },
      { populate: ['staffCenter'] },
    );
    if (!redemption?.digest || !redemption.checkCode) return notGenuine;

    const expected = checkCodeOf(
      redemption.serialNumber!,
      redemption.digest,
      ctx.services.codeHashKey,
    );
    if (expected !== redemption.checkCode || normalizeCheckCode(checkCode) !== expected) {
      return notGenuine;
    }
    return {
      genuine: true,
      centerName: redemption.staffCenter.name,
      queriedAt: redemption.queriedAt,
    };
  }
}
