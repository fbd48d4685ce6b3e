import { cacheExchange, Client, fetchExchange, mapExchange, subscriptionExchange, type ExecutionResult } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { inject, ref, watch, type InjectionKey, type Ref } from 'vue';
import { endSession } from '../lib/session';

/** What the live connection is doing, shown in the top bar so nobody trusts a screen that stopped updating. */
export type LinkState = 'connecting' | 'live' | 'reconnecting';

/** Provided by ApiProvider, for screens that say next to their data whether it is still updating. */
export const LINK_STATE: InjectionKey<Readonly<Ref<LinkState>>> = Symbol('link state');

/**
 * Runs `reload` when the live connection comes back after dropping. A journal subscription resumes from
 * the last seq it delivered, but one that had delivered nothing yet has no seq to resume from, so a page
 * reloads its data once instead of trusting it.
 */
export function onReconnect(reload: () => void) {
  const link = inject(LINK_STATE)!;
  watch(link, (now, before) => {
    if (now === 'live' && before === 'reconnecting') reload();
  });
}

export interface ApiConnection {
  client: Client;
  link: Readonly<Ref<LinkState>>;
  dispose(): void;
}

const HTTP_PATH = '/graphql';

function socketUrl(): string {
  const url = new URL(HTTP_PATH, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/** The hub closes the socket with 4403 when the session token is no longer valid (graphql-ws "Forbidden"). */
function refused(event: unknown): boolean {
  return typeof event === 'object' && event !== null && 'code' in event && event.code === 4403;
}

/** The `event.seq` of a journal subscription's result (`{ orderChanged: { event: { seq } } }`), if it has one. */
function journalSeq(data: unknown): number | null {
  const root = data && typeof data === 'object' ? Object.values(data)[0] : null;
  const seq = (root as { event?: { seq?: unknown } } | null)?.event?.seq;
  return typeof seq === 'number' ? seq : null;
}

/**
 * One client per session: the document cache never carries one person's data into the next session,
 * and the socket authenticates with the session's token for its whole life.
 */
export function connectApi(token: string | null): ApiConnection {
  const link = ref<LinkState>('connecting');
  const authorization = token ? `Bearer ${token}` : undefined;

  let socket: WsClient | undefined;
  if (token) {
    socket = createWsClient({
      url: socketUrl(),
      connectionParams: { authorization },
      // Connect now rather than on the first subscription, so the top bar tells the truth from the start.
      lazy: false,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: (event) => !refused(event),
      retryWait: (attempt) => new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1000 * 2 ** attempt))),
      keepAlive: 15_000,
      on: {
        connecting: (isRetry) => void (link.value = isRetry ? 'reconnecting' : 'connecting'),
        connected: () => void (link.value = 'live'),
        closed: (event) => {
          link.value = 'reconnecting';
          if (refused(event)) endSession('Your session has ended. Please sign in again.');
        },
      },
    });
  }

  const exchanges = [
    mapExchange({
      onError(error) {
        // A revoked or expired session answers UNAUTHENTICATED; go back to sign-in instead of showing empty screens.
        if (token && error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
          endSession('Your session has ended. Please sign in again.');
        }
      },
    }),
    cacheExchange,
    fetchExchange,
  ];
  if (socket) {
    const ws = socket;
    exchanges.push(
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => {
            // graphql-ws sends this very payload again each time it reconnects. For a journal subscription
            // (one that declares `afterSeq`), moving afterSeq forward as events arrive makes that automatic
            // resubscription replay exactly what was committed while the socket was down: nothing missed,
            // nothing twice, and no page has to notice the reconnect.
            const payload = { ...request, query: request.query ?? '', variables: { ...request.variables } };
            const resumable = 'afterSeq' in payload.variables;
            const unsubscribe = ws.subscribe(payload, {
              next(result: ExecutionResult) {
                const seq = resumable ? journalSeq(result.data) : null;
                if (seq !== null) payload.variables.afterSeq = seq;
                sink.next(result);
              },
              error: (error) => sink.error(error),
              complete: () => sink.complete(),
            });
            return { unsubscribe };
          },
        }),
      }),
    );
  }

  const client = new Client({
    url: HTTP_PATH,
    // Apollo Server's CSRF guard refuses GET queries without a preflight header; POST is always accepted.
    preferGetMethod: false,
    fetchOptions: () => (authorization ? { headers: { authorization } } : {}),
    exchanges,
  });

  return {
    client,
    link,
    dispose: () => void socket?.dispose(),
  };
}
