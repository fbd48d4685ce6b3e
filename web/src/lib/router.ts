import { shallowRef } from 'vue';

/**
 * A hash router: the console is one static page served by the hub, so `#/orders/123` works behind any
 * static server without rewrite rules, and filters live in the URL so a view can be shared or reloaded.
 */
export type RouteName =
  | 'orders'
  | 'order'
  | 'split'
  | 'pack'
  | 'combine'
  | 'shipping'
  | 'carriers'
  | 'shops'
  | 'users'
  | 'partners'
  | 'apiTokens'
  | 'sandbox'
  | 'afterSales'
  | 'afterSale'
  | 'notFound';

export interface Route {
  name: RouteName;
  params: Record<string, string>;
  query: URLSearchParams;
}

const PATTERNS: [RouteName, RegExp][] = [
  ['orders', /^\/orders$/],
  ['order', /^\/orders\/(?<tiktokOrderId>[^/]+)$/],
  ['split', /^\/orders\/(?<tiktokOrderId>[^/]+)\/split$/],
  ['pack', /^\/pack$/],
  ['combine', /^\/combine$/],
  ['shipping', /^\/shipping$/],
  ['carriers', /^\/admin\/carriers$/],
  // Fixed by the hub's OAuth callback, which sends the admin back to `/#/shops?connected=N`.
  ['shops', /^\/shops$/],
  ['users', /^\/admin\/users$/],
  ['partners', /^\/admin\/partners$/],
  ['apiTokens', /^\/admin\/api-tokens$/],
  ['sandbox', /^\/sandbox$/],
  ['afterSales', /^\/after-sales$/],
  ['afterSale', /^\/after-sales\/(?<id>[^/]+)$/],
];

function parse(hash: string): Route {
  const [rawPath = '', rawQuery = ''] = hash.replace(/^#/, '').split('?');
  const path = rawPath === '' || rawPath === '/' ? '/orders' : rawPath;
  const query = new URLSearchParams(rawQuery);
  for (const [name, pattern] of PATTERNS) {
    const match = pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(match.groups ?? {})) params[key] = decodeURIComponent(value);
    return { name, params, query };
  }
  return { name: 'notFound', params: {}, query };
}

export const route = shallowRef<Route>(parse(window.location.hash));

window.addEventListener('hashchange', () => {
  route.value = parse(window.location.hash);
});

export function href(path: string, query?: URLSearchParams | Record<string, string>): string {
  const search = query ? new URLSearchParams(query).toString() : '';
  return `#${path}${search ? `?${search}` : ''}`;
}

/** Replaces the query of the current view without adding a history entry for every keystroke. */
export function replaceQuery(query: URLSearchParams) {
  const path = window.location.hash.replace(/^#/, '').split('?')[0] || '/orders';
  const next = href(path, query);
  window.history.replaceState(window.history.state, '', next);
  route.value = parse(next);
}

export function orderHref(tiktokOrderId: string): string {
  return href(`/orders/${encodeURIComponent(tiktokOrderId)}`);
}
