import type { EntityManager } from '@mikro-orm/postgresql';
import { Center } from '../centers/center.entity';
import { hashCodeValue, normalizeCodeInput } from '../codes/code-value';
import { CodeState } from '../codes/ecode.entity';
import { chinaDate } from '../codes/expiry';
import { CodeEventType } from '../events/code-event.entity';
import { recordCodeEvent } from '../events/record-event';
import { userError, UserErrorCode, type UserError } from '../graphql/user-error';
import type { Staff } from '../staff/staff.entity';
import { checkCodeOf, digestOf } from './form-seal';
import { buildFormContent, type FormSnapshot } from './form-snapshot';
import { Redemption, RedemptionOutcome } from './redemption.entity';

export type RedeemResult =
  | { snapshot: FormSnapshot; redemptionId: string }
  | { error: UserError; refusedRedemptionId?: string };

/** Messages for the clerk, saying what to tell the employee. */
export const REDEEM_ERRORS = {
  notFound: userError(
    UserErrorCode.CODE_NOT_FOUND,
    '未找到该电子码，请核对20位数字后重新输入或扫码；如仍不成功，请职工在小程序重新申请',
    'code',
  ),
  expired: userError(
    UserErrorCode.CODE_EXPIRED,
    '该电子码已过期（电子码当日24:00失效），请职工在小程序重新申请',
    'code',
  ),
  used: userError(
    UserErrorCode.CODE_ALREADY_USED,
    '该电子码已被查询使用，每个电子码只能查询一次，请职工在小程序重新申请',
    'code',
  ),
  revoked: userError(
    UserErrorCode.CODE_REVOKED,
    '该电子码已被职工作废或已被新申请的电子码取代，请职工出示最新的电子码',
    'code',
  ),
  wrongCenter: userError(
    UserErrorCode.CODE_WRONG_CENTER,
    '该电子码是为其他管理中心申请的，本中心不能查询；请职工在小程序选择本中心重新申请',
    'code',
  ),
} as const;

interface CodeRow {
  id: string;
  employee_id: string;
  center_id: string;
  deposit_account_id: string | null;
  state: CodeState;
  expires_at: Date;
}

/**
 * Consumes a code for a clerk. The conditional UPDATE is the whole decision: of any number of
 * clerks or instances trying at once, exactly one sees a row come back.
 */
export async function redeemCode(
  em: EntityManager,
  input: { typed: string; clerk: Staff; clientAddress: string; hashKey: string; now: Date },
): Promise<RedeemResult> {
  const { clerk, now } = input;
  const value = normalizeCodeInput(input.typed);
  if (!value || !clerk.center) return { error: REDEEM_ERRORS.notFound };
  const hash = hashCodeValue(value, input.hashKey);
  const clerkCenter = clerk.center;

  return em.transactional(async (tx) => {
    const consumed: CodeRow[] = await tx.execute(
      `update ecode set state = 'REDEEMED', ended_at = ?
       where value_hash = ? and state = 'ACTIVE' and expires_at > ? and center_id = ?
       returning id, employee_id, center_id, deposit_account_id, state, expires_at`,
      [now, hash, now, clerkCenter.id],
    );
    if (consumed.length === 0) return explainRefusal(tx, hash, input);

    const code = consumed[0];
    const loanRows: { loan_account_id: string }[] = await tx.execute(
      'select loan_account_id from ecode_loan_account where ecode_id = ?',
      [code.id],
    );
    const center = await tx.findOneOrFail(Center, code.center_id);
    const content = await buildFormContent(
      tx,
      {
        employeeId: code.employee_id,
        depositAccountId: code.deposit_account_id,
        loanIds: loanRows.map((row) => row.loan_account_id),
      },
      center,
      clerk,
      now,
    );
    const [{ serial }]: { serial: string }[] = await tx.execute(
      "select nextval('form_serial_seq')::text as serial",
    );
    const serialNumber = chinaDate(now).replaceAll('-', '') + serial.padStart(8, '0');
    const digest = digestOf({ serialNumber, ...content });
    const snapshot: FormSnapshot = {
      serialNumber,
      checkCode: checkCodeOf(serialNumber, digest, input.hashKey),
      ...content,
    };

    const redemption = tx.create(Redemption, {
      code: code.id,
      outcome: RedemptionOutcome.REDEEMED,
      staff: clerk.id,
      staffCenter: clerkCenter.id,
      queriedAt: now,
      clientAddress: input.clientAddress,
      serialNumber,
      checkCode: snapshot.checkCode,
      snapshot,
      digest,
      dataAsOf: new Date(content.asOf),
    });
    await tx.flush();
    await recordCodeEvent(tx, {
      employeeId: code.employee_id,
      codeId: code.id,
      type: CodeEventType.REDEEMED,
      redemptionId: redemption.id,
      at: now,
    });
    return { snapshot, redemptionId: redemption.id };
  });
}

/** Why the UPDATE found nothing; a wrong-center attempt on a live code is recorded. */
async function explainRefusal(
  tx: EntityManager,
  hash: string,
  input: { clerk: Staff; clientAddress: string; now: Date },
): Promise<RedeemResult> {
  const rows: CodeRow[] = await tx.execute(
    `select id, employee_id, center_id, deposit_account_id, state, expires_at
     from ecode where value_hash = ?`,
    [hash],
  );
  const code = rows[0];
  if (!code) return { error: REDEEM_ERRORS.notFound };

  switch (code.state) {
    case CodeState.REDEEMED:
      return { error: REDEEM_ERRORS.used };
    case CodeState.REVOKED:
    case CodeState.SUPERSEDED:
      return { error: REDEEM_ERRORS.revoked };
    case CodeState.EXPIRED:
      return { error: REDEEM_ERRORS.expired };
    case CodeState.ACTIVE:
      break;
  }
  if (new Date(code.expires_at) <= input.now) return { error: REDEEM_ERRORS.expired };

  const { clerk, now } = input;
  // Same center and still live, yet not consumed: only a concurrent change explains it.
  if (code.center_id === clerk.center!.id) return { error: REDEEM_ERRORS.used };

  const refused = tx.create(Redemption, {
    code: code.id,
    outcome: RedemptionOutcome.REFUSED_WRONG_CENTER,
    staff: clerk.id,
    staffCenter: clerk.center!.id,
    queriedAt: now,
    clientAddress: input.clientAddress,
  });
  await tx.flush();
  await recordCodeEvent(tx, {
    employeeId: code.employee_id,
    codeId: code.id,
    type: CodeEventType.ATTEMPT_REFUSED,
    redemptionId: refused.id,
    at: now,
  });
  return { error: REDEEM_ERRORS.wrongCenter, refusedRedemptionId: refused.id };
}
