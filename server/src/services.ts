import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config';
import type { CodeEventHub } from './events/code-event-hub';
import type { DemoIdentity } from './identity/demo-identity';
import type { TokenVerifier } from './identity/tokens';
import type { Logger } from './logger';

/** What the resolvers share for the life of the process. */
export interface Services {
  config: Config;
  orm: MikroORM;
  log: Logger;
  tokens: TokenVerifier;
  /** Present in demo mode only. */
  demo: DemoIdentity | null;
  codeHashKey: string;
  hub: CodeEventHub;
  /** The server's notion of now; tests move it to the edge of a day. */
  now: () => Date;
}
