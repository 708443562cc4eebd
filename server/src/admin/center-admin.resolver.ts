import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Center } from '../centers/center.entity';
import { CenterType, toCenterType } from '../centers/center.type';
import { requireStaff, type Context } from '../graphql/context';
import { findPage } from '../graphql/find-page';
import { isUuid } from '../graphql/ids';
import { userError, UserErrorCode } from '../graphql/user-error';
import { StaffRole } from '../staff/staff.entity';
import { checkCenterCode, checkText } from './admin-validation';
import {
  CenterConnection,
  CenterIdInput,
  CreateCenterInput,
  CreateCenterPayload,
  DeactivateCenterPayload,
} from './center-admin.inputs';

const PLATFORM = [StaffRole.PLATFORM_ADMIN];

const codeTaken = () =>
  userError(UserErrorCode.CENTER_CODE_TAKEN, '该中心代码已存在，请核对', 'code');

@Resolver()
export class CenterAdminResolver {
  @Query(() => CenterConnection, {
    description: 'Every management center, newest first. Platform administrators only.',
  })
  async centers(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<CenterConnection> {
    requireStaff(ctx, PLATFORM);
    return findPage(ctx.em, Center, {}, { first, after, orderField: 'createdAt' }, toCenterType);
  }

  @Query(() => CenterType, {
    nullable: true,
    description: 'One center by id. Platform administrators only.',
  })
  async center(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CenterType | null> {
    requireStaff(ctx, PLATFORM);
    const center = isUuid(id) ? await ctx.em.findOne(Center, id) : null;
    return center ? toCenterType(center) : null;
  }

  @Mutation(() => CreateCenterPayload, { description: 'Adds a management center.' })
  async createCenter(
    @Arg('input') input: CreateCenterInput,
    @Ctx() ctx: Context,
  ): Promise<CreateCenterPayload> {
    const caller = requireStaff(ctx, PLATFORM);
    const code = checkCenterCode(input.code);
    const name = checkText(input.name, 'name');
    const region = checkText(input.region, 'region');
    if (await ctx.em.count(Center, { code })) return { center: null, userErrors: [codeTaken()] };

    const center = ctx.em.create(Center, { code, name, region, createdAt: ctx.services.now() });
    try {
      await ctx.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        return { center: null, userErrors: [codeTaken()] };
      }
      throw error;
    }
    ctx.log.info({ event: 'center_created', centerId: center.id, by: caller.id }, 'center added');
    return { center: toCenterType(center), userErrors: [] };
  }

  @Mutation(() => DeactivateCenterPayload, {
    description:
      'Takes a center out of the service: its staff are signed out at once (sessions check ' +
      'the center) and cannot sign in; its live codes can no longer be redeemed.',
  })
  async deactivateCenter(
    @Arg('input') input: CenterIdInput,
    @Ctx() ctx: Context,
  ): Promise<DeactivateCenterPayload> {
    const caller = requireStaff(ctx, PLATFORM);
    const center = isUuid(input.centerId) ? await ctx.em.findOne(Center, input.centerId) : null;
    if (!center) {
      const missing = userError(UserErrorCode.CENTER_NOT_FOUND, '未找到该管理中心', 'centerId');
      return { center: null, userErrors: [missing] };
    }
    center.active = false;
    await ctx.em.flush();
    ctx.log.info({ event: 'center_deactivated', centerId: center.id, by: caller.id }, 'stopped');
    return { center: toCenterType(center), userErrors: [] };
  }
}
