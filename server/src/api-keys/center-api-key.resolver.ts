import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Center } from '../centers/center.entity';
import { badInput } from '../errors';
import { requireStaff, type Context } from '../graphql/context';
import { isUuid } from '../graphql/ids';
import { userError, UserErrorCode } from '../graphql/user-error';
import { StaffRole } from '../staff/staff.entity';
import { apiKeyHash, newApiKey } from './api-key-secret';
import { CenterApiKey } from './center-api-key.entity';
import {
  IssueCenterApiKeyInput,
  IssueCenterApiKeyPayload,
  RevokeCenterApiKeyInput,
  RevokeCenterApiKeyPayload,
} from './center-api-key.inputs';
import { CenterApiKeyType, toCenterApiKeyType } from './center-api-key.type';

const PLATFORM = [StaffRole.PLATFORM_ADMIN];

@Resolver()
export class CenterApiKeyResolver {
  @Query(() => [CenterApiKeyType], {
    description: 'API keys, newest first, of one center or all. Platform administrators only.',
  })
  async centerApiKeys(
    @Ctx() ctx: Context,
    @Arg('centerId', () => ID, { nullable: true }) centerId?: string,
  ): Promise<CenterApiKeyType[]> {
    requireStaff(ctx, PLATFORM);
    if (centerId && !isUuid(centerId)) return [];
    const keys = await ctx.em.find(CenterApiKey, centerId ? { center: centerId } : {}, {
      populate: ['center'],
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: 500,
    });
    return keys.map(toCenterApiKeyType);
  }

  @Mutation(() => IssueCenterApiKeyPayload, {
    description: 'Issues an API key for a center’s core system. Platform administrators only.',
  })
  async issueCenterApiKey(
    @Arg('input') input: IssueCenterApiKeyInput,
    @Ctx() ctx: Context,
  ): Promise<IssueCenterApiKeyPayload> {
    const caller = requireStaff(ctx, PLATFORM);
    const name = input.name.trim();
    if (name.length < 1 || name.length > 100) throw badInput('名称应为 1 至 100 个字符', 'name');
    const center = isUuid(input.centerId) ? await ctx.em.findOne(Center, input.centerId) : null;
    if (!center) {
      return {
        apiKey: null,
        key: null,
        userErrors: [userError(UserErrorCode.CENTER_NOT_FOUND, '未找到该管理中心', 'centerId')],
      };
    }

    const key = newApiKey();
    const record = ctx.em.create(CenterApiKey, {
      center,
      name,
      prefix: key.slice(0, 12),
      keyHash: apiKeyHash(key),
      createdBy: caller,
      createdAt: ctx.services.now(),
    });
    await ctx.em.flush();
    ctx.log.info(
      { event: 'api_key_issued', apiKeyId: record.id, centerId: center.id, staffId: caller.id },
      'center API key issued',
    );
    return { apiKey: toCenterApiKeyType(record), key, userErrors: [] };
  }

  @Mutation(() => RevokeCenterApiKeyPayload, {
    description: 'Revokes an API key at once. Platform administrators only.',
  })
  async revokeCenterApiKey(
    @Arg('input') input: RevokeCenterApiKeyInput,
    @Ctx() ctx: Context,
  ): Promise<RevokeCenterApiKeyPayload> {
    const caller = requireStaff(ctx, PLATFORM);
    const record = isUuid(input.id)
      ? await ctx.em.findOne(CenterApiKey, input.id, { populate: ['center'] })
      : null;
    if (!record) {
      return {
        apiKey: null,
        userErrors: [userError(UserErrorCode.API_KEY_NOT_FOUND, '未找到该密钥', 'id')],
      };
    }
    if (record.revokedAt) {
      return {
        apiKey: toCenterApiKeyType(record),
        userErrors: [userError(UserErrorCode.API_KEY_ALREADY_REVOKED, '该密钥已被吊销', 'id')],
      };
    }
    record.revokedAt = ctx.services.now();
    record.revokedBy = caller;
    await ctx.em.flush();
    ctx.log.info(
      { event: 'api_key_revoked', apiKeyId: record.id, staffId: caller.id },
      'center API key revoked',
    );
    return { apiKey: toCenterApiKeyType(record), userErrors: [] };
  }
}
