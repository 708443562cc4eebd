import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Center } from '../centers/center.entity';
import { badInput, forbidden } from '../errors';
import { requireStaff, type Context } from '../graphql/context';
import { findPage } from '../graphql/find-page';
import { isUuid } from '../graphql/ids';
import { userError, UserErrorCode } from '../graphql/user-error';
import { hashPassword } from '../staff/passwords';
import { endAllSessions } from '../staff/sessions';
import { Staff, StaffRole } from '../staff/staff.entity';
import { StaffType, toStaffType } from '../staff/staff.type';
import { checkStaffNumber, checkText, checkUsername } from './admin-validation';
import {
  CreateStaffInput,
  CreateStaffPayload,
  DeactivateStaffPayload,
  ResetStaffPasswordPayload,
  StaffConnection,
  StaffFilter,
  StaffIdInput,
} from './staff-admin.inputs';
import { findManagedStaff } from './staff-scope';
import { temporaryPassword } from './temporary-password';

const ADMINS = [StaffRole.CENTER_ADMIN, StaffRole.PLATFORM_ADMIN];
const NO_CENTER = '00000000-0000-0000-0000-000000000000';

/** A LIKE pattern matching `text` literally, wherever it occurs. */
function containing(text: string) {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function searchCondition(search: string | null | undefined) {
  const text = search?.trim();
  if (!text) return {};
  if (text.length > 64) throw badInput('搜索内容过长', 'search');
  const pattern = containing(text);
  return {
    $or: [
      { name: { $ilike: pattern } },
      { username: { $ilike: pattern } },
      { staffNumber: { $ilike: pattern } },
    ],
  };
}

const staffNotFound = () =>
  userError(UserErrorCode.STAFF_NOT_FOUND, '未找到您可管理的该工作人员', 'staffId');

@Resolver()
export class StaffAdminResolver {
  @Query(() => StaffConnection, {
    description:
      'Staff the caller manages: a center administrator sees the own center, the platform ' +
      'administrator every center. Newest first.',
  })
  async staffMembers(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => StaffFilter, { nullable: true }) filter?: StaffFilter,
  ): Promise<StaffConnection> {
    const caller = requireStaff(ctx, ADMINS);

    let centerId: string | null = caller.center?.id ?? NO_CENTER;
    if (caller.role === StaffRole.PLATFORM_ADMIN) {
      centerId = null;
      if (filter?.centerCode) {
        const center = await ctx.em.findOne(Center, { code: filter.centerCode });
        centerId = center?.id ?? NO_CENTER;
      }
    }
    const where = {
      ...(centerId ? { center: centerId } : {}),
      // Only the staff the caller manages: clerks, or for the platform everyone but itself.
      role:
        caller.role === StaffRole.CENTER_ADMIN
          ? StaffRole.CLERK
          : filter?.role && filter.role !== StaffRole.PLATFORM_ADMIN
            ? filter.role
            : { $ne: StaffRole.PLATFORM_ADMIN },
      ...(typeof filter?.active === 'boolean' ? { active: filter.active } : {}),
      ...searchCondition(filter?.search),
    };
    return findPage(
      ctx.em,
      Staff,
      where,
      { first, after, orderField: 'createdAt', populate: ['center'] },
      toStaffType,
    );
  }

  @Query(() => StaffType, {
    nullable: true,
    description: 'One staff member the caller manages; null when none is in reach.',
  })
  async staffMember(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<StaffType | null> {
    const caller = requireStaff(ctx, ADMINS);
    const target = await findManagedStaff(ctx.em, caller, id);
    return target ? toStaffType(target) : null;
  }

  @Mutation(() => CreateStaffPayload, {
    description: 'Creates a clerk or center administrator with a temporary password.',
  })
  async createStaff(
    @Arg('input') input: CreateStaffInput,
    @Ctx() ctx: Context,
  ): Promise<CreateStaffPayload> {
    const caller = requireStaff(ctx, ADMINS);
    const failed = (code: UserErrorCode, message: string, field: string) => ({
      staff: null,
      temporaryPassword: null,
      userErrors: [userError(code, message, field)],
    });
    const username = checkUsername(input.username);
    const staffNumber = checkStaffNumber(input.staffNumber);
    const name = checkText(input.name, 'name', 100);

    let center: Center | null;
    if (caller.role === StaffRole.CENTER_ADMIN) {
      if (input.role !== StaffRole.CLERK) throw forbidden('中心管理员只能创建本中心的办事员');
      center = caller.center ?? null;
    } else {
      if (input.role === StaffRole.PLATFORM_ADMIN) throw forbidden('不能创建平台管理员');
      if (!input.centerId) throw badInput('请选择所属管理中心', 'centerId');
      center = isUuid(input.centerId) ? await ctx.em.findOne(Center, input.centerId) : null;
    }
    if (!center) {
      return failed(UserErrorCode.CENTER_NOT_FOUND, '未找到该管理中心', 'centerId');
    }
    if (await ctx.em.count(Staff, { username })) {
      return failed(UserErrorCode.USERNAME_TAKEN, '该用户名已被使用，请换一个', 'username');
    }
    if (await ctx.em.count(Staff, { staffNumber })) {
      return failed(UserErrorCode.STAFF_NUMBER_TAKEN, '该工号已被使用，请核对', 'staffNumber');
    }

    const password = temporaryPassword();
    const staff = ctx.em.create(Staff, {
      username,
      staffNumber,
      name,
      role: input.role,
      center,
      passwordHash: await hashPassword(password),
      createdAt: ctx.services.now(),
    });
    try {
      await ctx.em.flush();
    } catch (error) {
      // Two administrators creating the same name at once: the index decides.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      const field = /staff_number/.test(error.message) ? 'staffNumber' : 'username';
      return field === 'staffNumber'
        ? failed(UserErrorCode.STAFF_NUMBER_TAKEN, '该工号已被使用，请核对', field)
        : failed(UserErrorCode.USERNAME_TAKEN, '该用户名已被使用，请换一个', field);
    }
    ctx.log.info({ event: 'staff_created', staffId: staff.id, by: caller.id }, 'staff created');
    return { staff: toStaffType(staff), temporaryPassword: password, userErrors: [] };
  }

  @Mutation(() => ResetStaffPasswordPayload, {
    description: 'Sets a new temporary password, clears a lockout and ends every session.',
  })
  async resetStaffPassword(
    @Arg('input') input: StaffIdInput,
    @Ctx() ctx: Context,
  ): Promise<ResetStaffPasswordPayload> {
    const caller = requireStaff(ctx, ADMINS);
    const target = await findManagedStaff(ctx.em, caller, input.staffId);
    if (!target) return { staff: null, temporaryPassword: null, userErrors: [staffNotFound()] };

    const password = temporaryPassword();
    target.passwordHash = await hashPassword(password);
    target.failedLogins = 0;
    target.lockedUntil = null;
    await ctx.em.flush();
    await endAllSessions(ctx.em, target.id, ctx.services.now());
    ctx.log.info({ event: 'staff_password_reset', staffId: target.id, by: caller.id }, 'reset');
    return { staff: toStaffType(target), temporaryPassword: password, userErrors: [] };
  }

  @Mutation(() => DeactivateStaffPayload, {
    description: 'Stops a staff member from signing in; every session ends at once.',
  })
  async deactivateStaff(
    @Arg('input') input: StaffIdInput,
    @Ctx() ctx: Context,
  ): Promise<DeactivateStaffPayload> {
    const caller = requireStaff(ctx, ADMINS);
    if (input.staffId === caller.id) {
      const self = userError(UserErrorCode.CANNOT_DEACTIVATE_SELF, '不能停用自己的账号', 'staffId');
      return { staff: null, userErrors: [self] };
    }
    const target = await findManagedStaff(ctx.em, caller, input.staffId);
    if (!target) return { staff: null, userErrors: [staffNotFound()] };

    target.active = false;
    await ctx.em.flush();
    await endAllSessions(ctx.em, target.id, ctx.services.now());
    ctx.log.info({ event: 'staff_deactivated', staffId: target.id, by: caller.id }, 'stopped');
    return { staff: toStaffType(target), userErrors: [] };
  }
}
