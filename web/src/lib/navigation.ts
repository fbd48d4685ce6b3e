import type { Role } from '../gql/graphql';
import type { RouteName } from './router';

export interface Viewer {
  name: string;
  email: string;
  role: Role;
}

/**
 * Who may open which screen. The API enforces permissions; this only keeps people from being offered
 * screens that would answer "forbidden". Packers and customer service work orders; admins run the hub.
 */
const ACCESS: Record<Exclude<RouteName, 'notFound'>, readonly Role[]> = {
  orders: ['ADMIN', 'PACKER', 'CUSTOMER_SERVICE'],
  order: ['ADMIN', 'PACKER', 'CUSTOMER_SERVICE'],
  split: ['ADMIN', 'PACKER'],
  pack: ['ADMIN', 'PACKER'],
  combine: ['ADMIN', 'PACKER'],
  shipping: ['ADMIN', 'PACKER'],
  carriers: ['ADMIN'],
  shops: ['ADMIN'],
  users: ['ADMIN'],
  partners: ['ADMIN'],
  apiTokens: ['ADMIN'],
  sandbox: ['ADMIN'],
  afterSales: ['ADMIN', 'CUSTOMER_SERVICE'],
  afterSale: ['ADMIN', 'CUSTOMER_SERVICE'],
};

export function canOpen(route: RouteName, role: Role): boolean {
  return route === 'notFound' || ACCESS[route].includes(role);
}

export interface NavSection {
  title: string;
  items: {
    label: string;
    path: string;
    route: RouteName;
    icon: 'orders' | 'shipping' | 'pack' | 'combine' | 'inbox' | 'shops' | 'carriers' | 'users' | 'partners' | 'key' | 'sandbox';
  }[];
}

const NAV: NavSection[] = [
  {
    title: 'Operations',
    items: [
      { label: 'Orders', path: '/orders', route: 'orders', icon: 'orders' },
      { label: 'Shipping', path: '/shipping', route: 'shipping', icon: 'shipping' },
      { label: 'Pack station', path: '/pack', route: 'pack', icon: 'pack' },
      { label: 'Combine', path: '/combine', route: 'combine', icon: 'combine' },
      { label: 'Customer service', path: '/after-sales', route: 'afterSales', icon: 'inbox' },
    ],
  },
  {
    title: 'Administration',
    items: [
      { label: 'Shops', path: '/shops', route: 'shops', icon: 'shops' },
      { label: 'Carriers', path: '/admin/carriers', route: 'carriers', icon: 'carriers' },
      { label: 'Users', path: '/admin/users', route: 'users', icon: 'users' },
      { label: '3PL partners', path: '/admin/partners', route: 'partners', icon: 'partners' },
      { label: 'API tokens', path: '/admin/api-tokens', route: 'apiTokens', icon: 'key' },
    ],
  },
  { title: 'Sandbox', items: [{ label: 'TikTok sandbox', path: '/sandbox', route: 'sandbox', icon: 'sandbox' }] },
];

/** The screens a role is offered; the Sandbox only while the hub runs against the TikTok emulator. */
export function navFor(role: Role, hub: { sandbox: boolean }): NavSection[] {
  const offered = (r: RouteName) => canOpen(r, role) && (r !== 'sandbox' || hub.sandbox);
  return NAV.map((section) => ({ ...section, items: section.items.filter((item) => offered(item.route)) })).filter(
    (section) => section.items.length > 0,
  );
}

export const ROLE_LABEL: Record<Role, string> = {
  ADMIN: 'Administrator',
  PACKER: 'Packer',
  CUSTOMER_SERVICE: 'Customer service',
};
