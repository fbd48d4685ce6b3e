import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * A GraphQL subscription over a real WebSocket, signed in with `token`, as a console would hold it:
 * `pick` turns each result's data into an event (or nothing), collected in arrival order until `close()`.
 */
export function subscribeAs<E>(hubUrl: string, token: string, query: string, variables: Record<string, unknown>, pick: (data: any) => E | null | undefined) {
  const client = createClient({
    url: hubUrl.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const events: E[] = [];
  const errors: unknown[] = [];
  client.subscribe(
    { query, variables },
    {
      next: (r) => {
        if (r.errors) errors.push(r.errors);
        const event = r.data ? pick(r.data) : null;
        if (event) events.push(event);
      },
      error: (e) => errors.push(e),
      complete: () => undefined,
    },
  );
  return { events, errors, close: () => client.dispose() };
}
