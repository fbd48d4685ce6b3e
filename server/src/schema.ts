import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CarrierResolver } from './carriers/carrier.resolver.js';
import { NodeResolver } from './graphql/node.resolver.js';
import { DateTimeScalar } from './graphql/scalars.js';
import { OrderResolver } from './orders/order.resolver.js';
import { OrderLineResolver, PackageResolver } from './packages/package.resolver.js';
import { ShopResolver } from './shops/shop.resolver.js';
import { AuthResolver } from './users/auth.resolver.js';
import { WarehouseResolver } from './warehouses/warehouse.resolver.js';
import { JournalResolver, OrderHistoryResolver } from './journal/journal.resolver.js';
import { ShopSyncResolver } from './sync/sync.resolver.js';
import { AfterSaleLineResolver, AfterSaleResolver, OrderAfterSalesResolver } from './aftersales/after-sale.resolver.js';
import { OrderShippingResolver, PackageShippingResolver, ShippingResolver } from './shipping/shipping.resolver.js';
import { SandboxResolver } from './sandbox/sandbox.resolver.js';
import {
  CombineSuggestionResolver,
  OrderPackageChangesResolver,
  PackageChangeResolver,
  PackagePackageChangesResolver,
  PlannedPackageResolver,
} from './split-combine/package-change.resolver.js';

/** The one list of resolvers: the server, the schema emitter and the tests all build from it. */
export const resolvers = [
  NodeResolver,
  AuthResolver,
  ShopResolver,
  WarehouseResolver,
  CarrierResolver,
  OrderResolver,
  OrderLineResolver,
  PackageResolver,
  ShopSyncResolver,
  JournalResolver,
  OrderHistoryResolver,
  AfterSaleResolver,
  AfterSaleLineResolver,
  OrderAfterSalesResolver,
  ShippingResolver,
  PackageShippingResolver,
  OrderShippingResolver,
  SandboxResolver,
  PackageChangeResolver,
  PlannedPackageResolver,
  CombineSuggestionResolver,
  OrderPackageChangesResolver,
  PackagePackageChangesResolver,
] as const;

/**
 * type-graphql insists on a PubSub when there are subscriptions, but every subscription here reads the
 * journal (its own `subscribe`), which works across server instances; topic publishing is not offered.
 */
const journalOnly = {
  publish: () => {
    throw new Error('publish to the journal (appendJournal) instead');
  },
  subscribe: () => {
    throw new Error('subscriptions read the journal');
  },
};

export async function createSchema(emitTo?: string): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    pubSub: journalOnly,
    emitSchemaFile: emitTo ? { path: emitTo, sortedSchema: true } : false,
  });
}
