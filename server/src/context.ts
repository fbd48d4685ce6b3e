import type { EntityManager } from '@mikro-orm/postgresql';
import { createLoaders, type Loaders } from './graphql/loaders.js';
import type { Actor } from './platform/actor.js';
import type { Config } from './config.js';
import type { Hub } from './hub.js';
import type { Logger } from './platform/logger.js';

/** What every resolver gets: who asks, a fresh unit of work, batch loaders and the request's log. */
export interface Context {
  actor: Actor;
  em: EntityManager;
  loaders: Loaders;
  requestId: string;
  log: Logger;
  config: Config;
  hub: Hub;
}

export function createContext(args: { em: EntityManager; actor: Actor; requestId: string; log: Logger; hub: Hub }): Context {
  const em = args.em.fork();
  return { ...args, em, config: args.hub.config, loaders: createLoaders(em, args.hub.pool, args.actor) };
}
