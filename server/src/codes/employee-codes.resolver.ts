import {
  Arg,
  Ctx,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import { badInput } from '../errors';
import { CodeEventPayload } from '../events/code-event.type';
import { codeEventStream } from '../events/code-event-stream';
import { requireEmployee, type Context } from '../graphql/context';
import { emptyPage, findPage } from '../graphql/find-page';
import { isUuid } from '../graphql/ids';
import { userError, UserErrorCode } from '../graphql/user-error';
import { applyCode, revokeCode } from './apply-code';
import { CodeOption } from './code-option.type';
import { loadCodeChoices, toCodeOption, type CodeChoice } from './code-options';
import {
  ApplyCodeInput,
  ApplyCodePayload,
  RevokeCodeInput,
  RevokeCodePayload,
} from './code.inputs';
import { CodeConnection, CodeType, toCodeType } from './code.type';
import { CodeState, ECode } from './ecode.entity';
import { qrSvg } from './qr';

/** The apply page asks for the options and whether to choose in one request: read them once. */
const choicesByRequest = new WeakMap<Context, Promise<CodeChoice[]>>();

function choicesFor(ctx: Context, employeeId: string) {
  let choices = choicesByRequest.get(ctx);
  if (!choices) {
    choices = loadCodeChoices(ctx.em, employeeId);
    choicesByRequest.set(ctx, choices);
  }
  return choices;
}

interface SubscribeArgs {
  after?: string | null;
}

const CODE_POPULATE = ['center', 'depositAccount', 'loanAccounts'] as const;

@Resolver()
export class EmployeeCodesResolver {
  @Query(() => [CodeOption], {
    description: 'The centers and accounts the calling employee may apply for a code for.',
  })
  async codeOptions(@Ctx() ctx: Context): Promise<CodeOption[]> {
    const { record } = await requireEmployee(ctx);
    if (!record) return [];
    const choices = await choicesFor(ctx, record.id);
    return choices.map((choice) => toCodeOption(choice, choices));
  }

  @Query(() => Boolean, {
    description: 'True when there is more than one option, so the employee must choose.',
  })
  async codeOptionsRequireChoice(@Ctx() ctx: Context): Promise<boolean> {
    const { record } = await requireEmployee(ctx);
    return record ? (await choicesFor(ctx, record.id)).length > 1 : false;
  }

  @Mutation(() => ApplyCodePayload, {
    description: 'Issues a code for one option; ends the previous live code (SUPERSEDED).',
  })
  async applyCode(
    @Arg('input') input: ApplyCodeInput,
    @Ctx() ctx: Context,
  ): Promise<ApplyCodePayload> {
    const { identity, record } = await requireEmployee(ctx);
    const { services } = ctx;
    const now = services.now();
    const face = await services.tokens.face(input.faceVerificationToken, identity.idNumber, now);

    const result = await applyCode(ctx.em, {
      employee: record,
      optionId: input.optionId,
      face,
      hashKey: services.codeHashKey,
      now,
    });
    if ('error' in result) {
      ctx.log.info({ outcome: result.error.code }, 'code application refused');
      return { code: null, userErrors: [result.error] };
    }

    await ctx.em.populate(result.code, CODE_POPULATE);
    ctx.log.info({ codeId: result.code.id }, 'code issued');
    const issued = { value: result.value, qrSvg: await qrSvg(result.value) };
    return { code: toCodeType(result.code, now, issued), userErrors: [] };
  }

  @Mutation(() => RevokeCodePayload, { description: 'Ends one of the caller’s live codes.' })
  async revokeCode(
    @Arg('input') input: RevokeCodeInput,
    @Ctx() ctx: Context,
  ): Promise<RevokeCodePayload> {
    const { record } = await requireEmployee(ctx);
    const now = ctx.services.now();
    const notActive = userError(
      UserErrorCode.CODE_NOT_ACTIVE,
      '该电子码已失效或不存在，无需作废',
      'id',
    );
    if (!record || !isUuid(input.id)) return { code: null, userErrors: [notActive] };

    const revoked = await revokeCode(ctx.em, record.id, input.id, now);
    if (!revoked) return { code: null, userErrors: [notActive] };

    const code = await ctx.em.fork().findOneOrFail(ECode, input.id, { populate: CODE_POPULATE });
    return { code: toCodeType(code, now), userErrors: [] };
  }

  @Query(() => CodeConnection, { description: 'The caller’s codes, newest first.' })
  async myCodes(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('state', () => CodeState, { nullable: true }) state?: CodeState,
  ): Promise<CodeConnection> {
    const { record } = await requireEmployee(ctx);
    const now = ctx.services.now();
    if (!record) return emptyPage<CodeType>({ first, after });

    // State as the employee sees it: a code past its expiry reads EXPIRED before the sweep.
    const stateFilter =
      state === CodeState.ACTIVE
        ? { state, expiresAt: { $gt: now } }
        : state === CodeState.EXPIRED
          ? { $or: [{ state }, { state: CodeState.ACTIVE, expiresAt: { $lte: now } }] }
          : state
            ? { state }
            : {};
    return findPage(
      ctx.em,
      ECode,
      { employee: record.id, ...stateFilter },
      { first, after, orderField: 'issuedAt', populate: CODE_POPULATE },
      (code) => toCodeType(code, now),
    );
  }

  @Subscription(() => CodeEventPayload, {
    description:
      'Live events of the subscriber’s own codes, from every server instance. With `after`, ' +
      'events since that event id are delivered first.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, SubscribeArgs, Context>) => {
      const { caller, services } = context;
      if (caller.kind !== 'employee') throw badInput('subscription requires an employee token');
      const after = args.after ?? null;
      if (after !== null && !/^\d{1,18}$/.test(after)) throw badInput('after 不是有效的事件编号');
      // Resolved when the socket connected, so listening starts here, with no await before it.
      const employeeId = caller.employeeId ?? null;
      return employeeId ? codeEventStream(services, employeeId, after) : idleStream();
    },
  })
  codeEvents(
    @Root() event: CodeEventPayload,
    @Arg('after', () => ID, { nullable: true, description: 'Last event id already seen.' })
    _after?: string,
  ): CodeEventPayload {
    return event;
  }
}

/** For a person with no accounts here: no codes, so nothing ever to deliver. */
function idleStream(): AsyncIterableIterator<CodeEventPayload> {
  let stop: () => void = () => undefined;
  const stopped = new Promise<IteratorResult<CodeEventPayload>>((resolve) => {
    stop = () => resolve({ value: undefined, done: true });
  });
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next: () => stopped,
    return: async () => {
      stop();
      return { value: undefined, done: true };
    },
  };
}
