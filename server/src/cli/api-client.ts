import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** A small client for the command-line tools, speaking the same API as the mini program. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private token: string | null = null,
  ) {}

  useToken(token: string) {
    this.token = token;
  }

  async post<T>(path: string, body: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify(body),
    }).catch(() => {
      throw new Error(`cannot reach the service at ${this.baseUrl}; is \`npm start\` running?`);
    });
    const json = (await response.json().catch(() => ({}))) as T & { error?: string };
    if (!response.ok) throw new Error(json.error ?? `${path} answered HTTP ${response.status}`);
    return json;
  }

  async get<T>(path: string): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`).catch(() => {
      throw new Error(`cannot reach the service at ${this.baseUrl}; is \`npm start\` running?`);
    });
    if (!response.ok) throw new Error(`${path} answered HTTP ${response.status}`);
    return (await response.json()) as T;
  }

  async graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.post<{ data?: T; errors?: { message: string }[] }>('/graphql', {
      query,
      variables,
    });
    if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('; '));
    return result.data as T;
  }

  /**
   * Follows a subscription whose events carry an `id`, through restarts of the service: on
   * every reconnection it asks for the events after the last one seen, so none is missed.
   */
  subscribe<T extends Record<string, { id: string }>>(
    query: string,
    onEvent: (data: T) => boolean | void,
    after: string | null = null,
  ) {
    const client = createClient({
      url: `${this.baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${this.token}` },
      retryAttempts: 60,
      retryWait: () => new Promise((resolve) => setTimeout(resolve, 1000)),
      shouldRetry: () => true,
    });
    // graphql-ws sends this same object again when it reconnects, so `after` moves along.
    const payload = { query, variables: { after } };
    return new Promise<void>((resolve, reject) => {
      const stop = client.subscribe<T>(payload, {
        next: (value) => {
          const event = value.data && Object.values(value.data)[0];
          if (event) payload.variables.after = event.id;
          if (value.data && onEvent(value.data) === true) {
            stop();
            void client.dispose();
            resolve();
          }
        },
        error: (error) => reject(describeSocketError(error)),
        complete: () => resolve(),
      });
    });
  }
}

function describeSocketError(error: unknown): Error {
  if (error instanceof Error) return error;
  const { code, reason } = (error ?? {}) as { code?: number; reason?: string };
  if (code === 4401 || code === 4403) return new Error('登录已失效，请重新运行 (sign-in expired)');
  if (code !== undefined)
    return new Error(`connection closed (${code}${reason ? `: ${reason}` : ''})`);
  if (Array.isArray(error)) return new Error(error.map((e) => e.message).join('; '));
  return new Error(String(error));
}

/** `--name value` options and positional arguments. */
export function parseArgs(argv: string[]) {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      options[arg.slice(2)] = argv[i + 1] ?? '';
      i += 1;
    } else {
      positional.push(arg);
    }
  }
  return { options, positional };
}

export function defaultBaseUrl(options: Record<string, string>) {
  return (
    options.url ||
    process.env.HPF_URL ||
    `http://${process.env.HOST || '127.0.0.1'}:${process.env.PORT || 4000}`
  );
}

/** A time as a person in China reads it. */
export function chinaTime(iso: string) {
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}
