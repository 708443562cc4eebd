import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireStaff, type Context } from '../graphql/context';
import { guardLoginAttempt } from '../security/login-limit';
import { endAllSessions, endSession } from './sessions';
import {
  StaffLoginInput,
  StaffLoginPayload,
  StaffLogoutInput,
  StaffLogoutPayload,
} from './staff-auth.inputs';
import { staffLogin } from './staff-login';
import { StaffType, toStaffType } from './staff.type';

@Resolver()
export class StaffAuthResolver {
  @Mutation(() => StaffLoginPayload, { description: 'Signs a clerk or administrator in.' })
  async staffLogin(
    @Arg('input') input: StaffLoginInput,
    @Ctx() ctx: Context,
  ): Promise<StaffLoginPayload> {
    const attempt = await guardLoginAttempt(ctx);
    const result = await staffLogin(ctx.em, input.username, input.password, ctx.services.now());
    if ('error' in result) {
      ctx.log.warn({ event: 'staff_login_failed', outcome: result.error.code }, 'sign-in refused');
      return { token: null, staff: null, expiresAt: null, userErrors: [result.error] };
    }
    await attempt.refund();
    ctx.log.info({ event: 'staff_login', staffId: result.staff.id }, 'staff signed in');
    return {
      token: result.token,
      staff: toStaffType(result.staff),
      expiresAt: result.expiresAt,
      userErrors: [],
    };
  }

  @Mutation(() => StaffLogoutPayload, { description: 'Ends the calling session.' })
  async staffLogout(
    @Ctx() ctx: Context,
    @Arg('input', () => StaffLogoutInput, { nullable: true }) input?: StaffLogoutInput,
  ): Promise<StaffLogoutPayload> {
    const staff = requireStaff(ctx);
    if (ctx.caller.kind !== 'staff') return { ended: false, userErrors: [] };
    if (input?.everywhere) await endAllSessions(ctx.em, staff.id, ctx.services.now());
    else await endSession(ctx.em, ctx.caller.sessionId, ctx.services.now());
    return { ended: true, userErrors: [] };
  }

  @Query(() => StaffType, { description: 'The signed-in staff member.' })
  me(@Ctx() ctx: Context): StaffType {
    return toStaffType(requireStaff(ctx));
  }
}
