import type { EntityManager } from '@mikro-orm/postgresql';
import { API_KEY_PREFIX } from '../api-keys/api-key-secret';
import { findApiKey } from '../api-keys/find-api-key';
import { Employee, IdType } from '../employees/employee.entity';
import { forbidden, unauthenticated } from '../errors';
import type { EmployeeIdentity } from '../identity/tokens';
import type { FastifyBaseLogger } from 'fastify';
import type { Services } from '../services';
import { findSession, STAFF_TOKEN_PREFIX } from '../staff/sessions';
import type { Staff, StaffRole } from '../staff/staff.entity';

export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'invalid' }
  | {
      kind: 'employee';
      identity: EmployeeIdentity;
      /** Looked up once per WebSocket; null for a person the service holds nothing for. */
      employeeId?: string | null;
    }
  | { kind: 'staff'; staff: Staff; sessionId: string }
  /** A center's core system, by its API key; it acts for that center only. */
  | { kind: 'apiKey'; apiKeyId: string; centerId: string; centerCode: string };

export interface Context {
  services: Services;
  /** One forked EntityManager per request (or per event, on a subscription). */
  em: EntityManager;
  caller: Caller;
  clientAddress: string;
  /** Carries the request id; never give it personal details. */
  log: FastifyBaseLogger;
}

export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S{1,4096})$/i.exec(header.trim());
  return match ? match[1] : null;
}

/**
 * Works out who is calling from the bearer token: an employee's JWT, a staff session or a
 * center's API key.
 */
export async function identifyCaller(
  services: Services,
  em: EntityManager,
  authorization: unknown,
): Promise<Caller> {
  if (authorization === undefined || authorization === '') return { kind: 'anonymous' };
  const token = bearerToken(authorization);
  if (!token) return { kind: 'invalid' };

  if (token.startsWith(API_KEY_PREFIX)) {
    const key = await findApiKey(em, token, services.now());
    return key
      ? { kind: 'apiKey', apiKeyId: key.id, centerId: key.center.id, centerCode: key.center.code }
      : { kind: 'invalid' };
  }
  if (token.startsWith(STAFF_TOKEN_PREFIX)) {
    const session = await findSession(em, token, services.now());
    return session
      ? { kind: 'staff', staff: session.staff, sessionId: session.id }
      : { kind: 'invalid' };
  }
  const identity = await services.tokens.employee(token, services.now());
  return identity ? { kind: 'employee', identity } : { kind: 'invalid' };
}

/** One look-up per request, however many fields of it ask who the employee is. */
const employeeByRequest = new WeakMap<Context, Promise<Employee | null>>();

/** The calling employee; `record` is null for a person the service holds no accounts for. */
export async function requireEmployee(ctx: Context) {
  if (ctx.caller.kind !== 'employee') {
    if (ctx.caller.kind === 'staff') throw forbidden('此操作仅限缴存职工本人');
    throw unauthenticated();
  }
  const { identity } = ctx.caller;
  let lookup = employeeByRequest.get(ctx);
  if (!lookup) {
    lookup = ctx.em.findOne(Employee, { idType: IdType.RESIDENT_ID, idNumber: identity.idNumber });
    employeeByRequest.set(ctx, lookup);
  }
  return { identity, record: await lookup };
}

/** The calling staff member, refused unless active and holding one of `roles`. */
export function requireStaff(ctx: Context, roles?: StaffRole[]): Staff {
  if (ctx.caller.kind !== 'staff') {
    if (ctx.caller.kind === 'employee' || ctx.caller.kind === 'apiKey') {
      throw forbidden('此操作仅限管理中心工作人员');
    }
    throw unauthenticated();
  }
  const { staff } = ctx.caller;
  if (roles && !roles.includes(staff.role)) throw forbidden();
  return staff;
}
