import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; [key: string]: unknown }[];
}

/** POST /graphql as a client would. */
export async function gql<T = any>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** Like gql, but fails the test on any GraphQL error. */
export async function gqlOk<T = any>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const result = await gql<T>(baseUrl, query, variables, token);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

export async function postJson(baseUrl: string, path: string, body: unknown, token?: string) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

export async function employeeToken(baseUrl: string, idNumber: string): Promise<string> {
  return (await postJson(baseUrl, '/dev/employee-token', { idNumber })).body.token;
}

export async function faceToken(baseUrl: string, employee: string): Promise<string> {
  return (await postJson(baseUrl, '/dev/face-verification', {}, employee)).body
    .faceVerificationToken;
}

export interface DemoPeople {
  employees: { idNumber: string; name: string; scenario: string }[];
  staff: { username: string; password: string; role: string; centerCode: string | null }[];
}

export async function demoPeople(baseUrl: string): Promise<DemoPeople> {
  return (await fetch(`${baseUrl}/dev/demo-people`)).json() as Promise<DemoPeople>;
}

export async function staffToken(baseUrl: string, username: string): Promise<string> {
  const people = await demoPeople(baseUrl);
  const password = people.staff.find((s) => s.username === username)?.password;
  const data = await gqlOk(
    baseUrl,
    `mutation($input: StaffLoginInput!) { staffLogin(input: $input) { token userErrors { code } } }`,
    { input: { username, password } },
  );
  if (!data.staffLogin.token) throw new Error(`login failed: ${JSON.stringify(data.staffLogin)}`);
  return data.staffLogin.token;
}

/** A graphql-ws client that keeps no retries, so a refused socket shows as a close code. */
export function wsClient(wsUrl: string, token: string | null, onClose?: (code: number) => void) {
  return createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    on: { closed: (event) => onClose?.((event as { code: number }).code) },
  });
}

/** Collects what a subscription delivers; `next(n)` waits for the n-th item. */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const items: T[] = [];
  const errors: unknown[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const wake = () => {
    for (const waiter of [...waiters]) {
      if (items.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(value.errors);
        if (value.data) items.push(value.data as T);
        wake();
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return {
    items,
    errors,
    dispose,
    /** Resolves when at least `count` items arrived; rejects after `ms`. */
    waitFor(count: number, ms = 5000) {
      if (items.length >= count) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`waited ${ms} ms for ${count} events, got ${items.length}`)),
          ms,
        );
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
  };
}
