import path from 'node:path';

/** Everything the server reads from its environment, checked once at start. */
export interface Config {
  port: number;
  host: string;
  /** Unset: an embedded PostgreSQL is started in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Port of the embedded PostgreSQL; 0 picks a free one. */
  embeddedPgPort: number;
  /** Demo mode signs its own employee and face tokens; production verifies configured keys. */
  mode: 'demo' | 'production';
  /** Secret for the keyed hash of code values; demo mode keeps one in the data folder. */
  codeHashKey: string | undefined;
  identity: {
    /** PEM or JWKS (JSON) with the public keys of the platform's identity provider. */
    employeeKeys: string | undefined;
    employeeIssuer: string;
    faceKeys: string | undefined;
    faceIssuer: string;
    audience: string;
  };
  logLevel: string;
  consoleDir: string;
  /** Browser origins allowed to call the API cross-origin; empty: same origin only. */
  corsOrigins: string[];
  /** Days a disclosed form's content is kept; the usage record and digest stay. */
  snapshotRetentionDays: number;
  /** Proxies whose X-Forwarded-For is believed (Fastify's trustProxy); false: none. */
  trustProxy: string[] | false;
}

export class ConfigError extends Error {}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function urlFrom(env: NodeJS.ProcessEnv, name: string) {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL (expected postgres://user@host:port/db)`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`${name} must start with postgres:// or postgresql://`);
  }
  return raw;
}

function originsFrom(env: NodeJS.ProcessEnv) {
  const origins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let url: URL | null = null;
    try {
      url = new URL(origin);
    } catch {
      url = null;
    }
    if (!url || url.origin !== origin) {
      throw new ConfigError(`CORS_ORIGINS holds "${origin}"; write origins like https://a.example`);
    }
  }
  return origins;
}

function proxiesFrom(env: NodeJS.ProcessEnv) {
  const proxies = (env.TRUST_PROXY ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return proxies.length ? proxies : false;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const employeeKeys = env.EMPLOYEE_TOKEN_KEYS || undefined;
  const faceKeys = env.FACE_TOKEN_KEYS || undefined;
  const codeHashKey = env.CODE_HASH_KEY || undefined;
  const production = Boolean(employeeKeys || faceKeys);

  if (production && !(employeeKeys && faceKeys && codeHashKey)) {
    throw new ConfigError(
      'production mode needs EMPLOYEE_TOKEN_KEYS, FACE_TOKEN_KEYS and CODE_HASH_KEY together',
    );
  }
  // Demo mode mints a token for any ID number: a deployment that forgot its keys must not
  // start in it silently.
  if (!production && env.NODE_ENV === 'production') {
    throw new ConfigError(
      'NODE_ENV=production needs EMPLOYEE_TOKEN_KEYS, FACE_TOKEN_KEYS and CODE_HASH_KEY; ' +
        'demo mode is refused',
    );
  }
  if (codeHashKey !== undefined && codeHashKey.length < 32) {
    throw new ConfigError('CODE_HASH_KEY must be at least 32 characters of random text');
  }
  const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
  const logLevel = env.LOG_LEVEL || 'info';
  if (!logLevels.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${logLevels.join(', ')}`);
  }

  return {
    port: intFrom(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    databaseUrl: urlFrom(env, 'DATABASE_URL'),
    dataDir: path.resolve(env.INIT_CWD || process.cwd(), env.DATA_DIR || 'data'),
    embeddedPgPort: intFrom(env, 'EMBEDDED_PG_PORT', 0, 0, 65535),
    mode: production ? 'production' : 'demo',
    codeHashKey,
    identity: {
      employeeKeys,
      employeeIssuer: env.EMPLOYEE_TOKEN_ISSUER || 'hpf-identity',
      faceKeys,
      faceIssuer: env.FACE_TOKEN_ISSUER || 'hpf-face-verification',
      audience: env.TOKEN_AUDIENCE || 'hpf-ecode',
    },
    logLevel,
    consoleDir: path.resolve(__dirname, '../../console/dist'),
    corsOrigins: originsFrom(env),
    snapshotRetentionDays: intFrom(env, 'SNAPSHOT_RETENTION_DAYS', 90, 1, 3650),
    trustProxy: proxiesFrom(env),
  };
}
