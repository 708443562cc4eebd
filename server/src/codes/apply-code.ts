import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Employee } from '../employees/employee.entity';
import { CodeEventType } from '../events/code-event.entity';
import { recordCodeEvent } from '../events/record-event';
import { userError, UserErrorCode, type UserError } from '../graphql/user-error';
import { FaceVerificationUse } from '../identity/face-verification-use.entity';
import type { FaceCheck } from '../identity/tokens';
import { loadCodeChoices } from './code-options';
import { hashCodeValue, newCodeValue } from './code-value';
import { ECode } from './ecode.entity';
import { expiryFor } from './expiry';

export type ApplyResult = { code: ECode; value: string } | { error: UserError };

const FACE_ERRORS: Record<Exclude<FaceCheck, { ok: true }>['reason'], UserError> = {
  INVALID: userError(
    UserErrorCode.FACE_VERIFICATION_INVALID,
    '人脸识别结果无效，请重新进行人脸识别',
    'faceVerificationToken',
  ),
  WRONG_SUBJECT: userError(
    UserErrorCode.FACE_VERIFICATION_INVALID,
    '人脸识别结果与当前登录人不符，请本人重新进行人脸识别',
    'faceVerificationToken',
  ),
  WRONG_PURPOSE: userError(
    UserErrorCode.FACE_VERIFICATION_INVALID,
    '该人脸识别结果不能用于申请电子码，请重新进行人脸识别',
    'faceVerificationToken',
  ),
  EXPIRED: userError(
    UserErrorCode.FACE_VERIFICATION_EXPIRED,
    '人脸识别已超过5分钟有效期，请重新进行人脸识别',
    'faceVerificationToken',
  ),
};

const FACE_USED = userError(
  UserErrorCode.FACE_VERIFICATION_USED,
  '该人脸识别结果已使用过，请重新进行人脸识别',
  'faceVerificationToken',
);

const OPTION_NOT_FOUND = userError(
  UserErrorCode.OPTION_NOT_FOUND,
  '所选管理中心或账户不可用，请刷新后重新选择',
  'optionId',
);

function isViolationOf(error: unknown, constraint: string) {
  return (
    error instanceof UniqueConstraintViolationException &&
    String((error as { constraint?: string }).constraint ?? error.message).includes(constraint)
  );
}

/**
 * Issues a code for one of the employee's choices. One transaction spends the face
 * verification, ends the previous live code and stores the new one, so a failure at any
 * step leaves everything as it was, the face verification included.
 */
export async function applyCode(
  em: EntityManager,
  input: {
    employee: Employee | null;
    optionId: string;
    face: FaceCheck;
    hashKey: string;
    now: Date;
  },
): Promise<ApplyResult> {
  const { employee, face, now } = input;
  if (!face.ok) return { error: FACE_ERRORS[face.reason] };
  if (!employee) return { error: OPTION_NOT_FOUND };

  const choice = (await loadCodeChoices(em, employee.id)).find((c) => c.id === input.optionId);
  if (!choice) return { error: OPTION_NOT_FOUND };

  // Two applications racing for one employee: the loser retries and supersedes the winner.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await em.transactional(async (tx) => {
        tx.create(FaceVerificationUse, { id: face.id, employee, usedAt: now });
        await tx.flush();
        await endLiveCode(tx, employee.id, now);

        const value = newCodeValue();
        const code = tx.create(ECode, {
          employee,
          center: choice.center,
          depositAccount: choice.depositAccount,
          valueHash: hashCodeValue(value, input.hashKey),
          issuedAt: now,
          expiresAt: expiryFor(now),
          faceVerificationId: face.id,
        });
        code.loanAccounts.set(choice.loans);
        await tx.flush();
        return { code, value };
      });
    } catch (error) {
      if (isViolationOf(error, 'face_verification_use_pkey')) return { error: FACE_USED };
      if (attempt < 3 && isViolationOf(error, 'ecode_one_live_per_employee')) continue;
      throw error;
    }
  }
}

/** A new application ends the previous live code: superseded, or expired if its day is over. */
async function endLiveCode(tx: EntityManager, employeeId: string, now: Date) {
  const ended: { id: string; state: string }[] = await tx.execute(
    `update ecode set
       state = (case when expires_at <= ? then 'EXPIRED' else 'SUPERSEDED' end)::code_state,
       ended_at = least(expires_at, ?)
     where employee_id = ? and state = 'ACTIVE'
     returning id, state`,
    [now, now, employeeId],
  );
  for (const code of ended) {
    await recordCodeEvent(tx, {
      employeeId,
      codeId: code.id,
      type: code.state === 'EXPIRED' ? CodeEventType.EXPIRED : CodeEventType.SUPERSEDED,
      at: now,
    });
  }
}

/** The employee ends a live code. Only an ACTIVE code of their own changes. */
export async function revokeCode(em: EntityManager, employeeId: string, codeId: string, now: Date) {
  return em.transactional(async (tx) => {
    const revoked: { id: string }[] = await tx.execute(
      `update ecode set state = 'REVOKED', ended_at = ?
       where id = ? and employee_id = ? and state = 'ACTIVE' and expires_at > ?
       returning id`,
      [now, codeId, employeeId, now],
    );
    if (revoked.length === 0) return false;

    await recordCodeEvent(tx, { employeeId, codeId, type: CodeEventType.REVOKED, at: now });
    return true;
  });
}
