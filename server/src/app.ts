import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type Request } from 'express';
import { GraphQLError, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { createContext, type Context } from './context.js';
import { aliasLimitRule, assertCost, depthLimitRule, LIMITS } from './graphql/limits.js';
import type { Actor } from './platform/actor.js';
import { maskError } from './platform/errors.js';
import type { Hub } from './hub.js';
import { mountBatchDocuments } from './documents/batch.route.js';
import { mountDocuments } from './documents/documents.route.js';
import { mountReturnLabels } from './aftersales/return-label.route.js';
import { mountConnectCallback } from './shops/connect-callback.route.js';
import { mountWebhookIntake } from './sync/webhook-intake.js';
import { authenticate } from './users/auth.service.js';

export interface AppOptions {
  hub: Hub;
  schema: GraphQLSchema;
}

export interface App {
  server: http.Server;
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The built console: `web/dist` at the repository root, whether this module runs from source or from
 * dist/. Looked up when an app is created, so a console built after this module loaded is served too.
 */
function webDist(): string | undefined {
  return ['../../web/dist', '../../../web/dist']
    .map((rel) => fileURLToPath(new URL(rel, import.meta.url)))
    .find((dir) => existsSync(path.join(dir, 'index.html')));
}
const BODY_LIMIT = '1mb';

function bearer(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match ? match[1] : undefined;
}

/** The API process: GraphQL over HTTP and WebSocket on one port, health endpoints, the built console. */
export async function createApp(opts: AppOptions): Promise<App> {
  const { hub, schema } = opts;
  const { config, orm, log } = hub;
  const production = config.NODE_ENV === 'production';
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);

  const limitRules = [depthLimitRule(LIMITS.maxDepth), aliasLimitRule(LIMITS.maxAliases)];
  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: 1024 * 1024 });
  const wsServer = useServer<Record<string, unknown>, { actor?: Actor; token?: string }>(
    {
      schema,
      validate: (s, document) => validate(s, document, [...specifiedRules, ...limitRules]),
      onConnect: async (ctx) => {
        const token = bearer(ctx.connectionParams?.authorization) ?? (ctx.connectionParams?.token as string | undefined);
        ctx.extra.token = token;
        ctx.extra.actor = await authenticate(hub.pool, token);
        // A client that sent credentials that do not work is refused rather than silently made anonymous.
        return !(token && ctx.extra.actor.kind === 'anonymous');
      },
      // Credentials are checked again for every operation, so a session revoked (sign-out elsewhere)
      // stops working on sockets that are already open.
      context: async (ctx) =>
        createContext({ em: orm.em, actor: await authenticate(hub.pool, ctx.extra.token), requestId: randomUUID(), log, hub }),
      onSubscribe: (_ctx, _id, payload) => {
        try {
          assertCost(schema, parse(payload.query), payload.operationName ?? undefined, payload.variables ?? {});
        } catch (e) {
          return [e instanceof GraphQLError ? e : new GraphQLError('Invalid operation.')];
        }
      },
      onError: (_ctx, _id, _payload, errors) => {
        for (const e of errors) log.warn({ err: e.message }, 'graphql-ws operation error');
      },
    },
    wss,
  );

  const drainWs: ApolloServerPlugin<Context> = {
    async serverWillStart() {
      return { drainServer: async () => void (await wsServer.dispose()) };
    },
  };

  const guardPlugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue, operation }) {
          const introspects = operation?.selectionSet.selections.some(
            (s) => s.kind === 'Field' && (s.name.value === '__schema' || s.name.value === '__type'),
          );
          const actor = contextValue.actor;
          if (introspects && production && !(actor.kind === 'user' && actor.role === 'ADMIN')) {
            throw new GraphQLError('Introspection is available to administrators only.', { extensions: { code: 'FORBIDDEN' } });
          }
          assertCost(schema, document, request.operationName ?? undefined, request.variables ?? {});
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const e of errors) {
            if (!e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR') {
              contextValue.log.error({ err: e.originalError ?? e, path: e.path }, 'unexpected error');
            }
          }
        },
      };
    },
  };

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    validationRules: limitRules,
    formatError: (formatted) => maskError(formatted),
    includeStacktraceInErrorResponses: false,
    plugins: [
      // No HTTP caching of GraphQL responses here; without this Apollo instruments every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      drainWs,
      guardPlugin,
      production ? ApolloServerPluginLandingPageProductionDefault({ footer: false }) : ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false }),
    ],
  });
  await apollo.start();
  await hub.journal.start();

  app.use((req, res, next) => {
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID();
    res.setHeader('x-request-id', requestId);
    (req as Request & { id: string }).id = requestId;
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.debug({ requestId, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  });

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  mountWebhookIntake(app, hub);
  mountConnectCallback(app, hub);
  mountBatchDocuments(app, hub);
  mountDocuments(app, hub);
  mountReturnLabels(app, hub);

  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = (req as Request & { id: string }).id;
        const actor = await authenticate(hub.pool, bearer(req.headers.authorization));
        return createContext({ em: orm.em, actor, requestId, log: log.child({ requestId }), hub });
      },
    }),
  );

  const consoleDir = webDist();
  if (consoleDir) {
    app.use(express.static(consoleDir, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql|webhooks|oauth|documents|healthz|readyz).*/, (_req, res) => res.sendFile(path.join(consoleDir, 'index.html')));
  }

  // Body-parser failures (malformed JSON, too large) answer like GraphQL errors, never as an HTML 500.
  const onError: ErrorRequestHandler = (err, req, res, _next) => {
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) log.error({ err, requestId: (req as Request & { id?: string }).id }, 'unhandled HTTP error');
    const message =
      status === 413 ? `Request body exceeds ${BODY_LIMIT}.` : status === 400 ? 'Malformed request body: expected JSON.' : status === 500 ? 'Internal error.' : String(err.message);
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  };
  app.use(onError);

  let closing: Promise<void> | undefined;
  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const addr = server.address() as { port: number };
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${addr.port}`);
        });
      }),
    close: () => (closing ??= apollo.stop()),
  };
}
