/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query OrdersList($first: Int, $after: String, $filter: OrderFilter, $sort: OrderSort, $query: String) {\n  orders(first: $first, after: $after, filter: $filter, sort: $sort, query: $query) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes { id tiktokOrderId status shippingType isSample isCod createdAt deadlines { next }\n      total { amount currency }\n      lines { id sellerSku isGift salePrice { amount } }\n      packages { id status trackingNumber }\n      lineGroups { sellerSku quantity } }\n  }\n}": typeof types.OrdersListDocument,
    "\n  query SandboxState {\n    sandbox {\n      enabled\n      error\n      state {\n        now\n        clockFrozen\n        orderCount\n        shops { tiktokShopId name connected }\n        faults { apiServerErrorRate webhookDropRate webhookDelayMs }\n      }\n    }\n  }\n": typeof types.SandboxStateDocument,
    "\n  mutation SandboxOrdersCreate($input: SandboxOrdersCreateInput!) {\n    sandboxOrdersCreate(input: $input) { tiktokOrderIds userErrors { code field message } }\n  }\n": typeof types.SandboxOrdersCreateDocument,
    "\n  mutation SandboxBuyerCancel($input: SandboxBuyerCancelInput!) {\n    sandboxBuyerCancel(input: $input) { tiktokOrderId tiktokStatus afterSaleId userErrors { code field message } }\n  }\n": typeof types.SandboxBuyerCancelDocument,
    "\n  mutation SandboxBuyerReturn($input: SandboxBuyerReturnInput!) {\n    sandboxBuyerReturn(input: $input) { tiktokOrderId tiktokStatus afterSaleId userErrors { code field message } }\n  }\n": typeof types.SandboxBuyerReturnDocument,
    "\n  mutation SandboxCarrierScan($input: SandboxOrderInput!) {\n    sandboxCarrierScan(input: $input) { tiktokOrderId tiktokStatus userErrors { code field message } }\n  }\n": typeof types.SandboxCarrierScanDocument,
    "\n  mutation SandboxClockAdvance($input: SandboxClockAdvanceInput!) {\n    sandboxClockAdvance(input: $input) { now userErrors { code field message } }\n  }\n": typeof types.SandboxClockAdvanceDocument,
    "\n  mutation SandboxFaultsSet($input: SandboxFaultsSetInput!) {\n    sandboxFaultsSet(input: $input) { faults { webhookDropRate apiSlowMs } userErrors { code field message } }\n  }\n": typeof types.SandboxFaultsSetDocument,
};
const documents: Documents = {
    "query OrdersList($first: Int, $after: String, $filter: OrderFilter, $sort: OrderSort, $query: String) {\n  orders(first: $first, after: $after, filter: $filter, sort: $sort, query: $query) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes { id tiktokOrderId status shippingType isSample isCod createdAt deadlines { next }\n      total { amount currency }\n      lines { id sellerSku isGift salePrice { amount } }\n      packages { id status trackingNumber }\n      lineGroups { sellerSku quantity } }\n  }\n}": types.OrdersListDocument,
    "\n  query SandboxState {\n    sandbox {\n      enabled\n      error\n      state {\n        now\n        clockFrozen\n        orderCount\n        shops { tiktokShopId name connected }\n        faults { apiServerErrorRate webhookDropRate webhookDelayMs }\n      }\n    }\n  }\n": types.SandboxStateDocument,
    "\n  mutation SandboxOrdersCreate($input: SandboxOrdersCreateInput!) {\n    sandboxOrdersCreate(input: $input) { tiktokOrderIds userErrors { code field message } }\n  }\n": types.SandboxOrdersCreateDocument,
    "\n  mutation SandboxBuyerCancel($input: SandboxBuyerCancelInput!) {\n    sandboxBuyerCancel(input: $input) { tiktokOrderId tiktokStatus afterSaleId userErrors { code field message } }\n  }\n": types.SandboxBuyerCancelDocument,
    "\n  mutation SandboxBuyerReturn($input: SandboxBuyerReturnInput!) {\n    sandboxBuyerReturn(input: $input) { tiktokOrderId tiktokStatus afterSaleId userErrors { code field message } }\n  }\n": types.SandboxBuyerReturnDocument,
    "\n  mutation SandboxCarrierScan($input: SandboxOrderInput!) {\n    sandboxCarrierScan(input: $input) { tiktokOrderId tiktokStatus userErrors { code field message } }\n  }\n": types.SandboxCarrierScanDocument,
    "\n  mutation SandboxClockAdvance($input: SandboxClockAdvanceInput!) {\n    sandboxClockAdvance(input: $input) { now userErrors { code field message } }\n  }\n": types.SandboxClockAdvanceDocument,
    "\n  mutation SandboxFaultsSet($input: SandboxFaultsSetInput!) {\n    sandboxFaultsSet(input: $input) { faults { webhookDropRate apiSlowMs } userErrors { code field message } }\n  }\n": types.SandboxFaultsSetDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersList($first: Int, $after: String, $filter: OrderFilter, $sort: OrderSort, $query: String) {\n  orders(first: $first, after: $after, filter: $filter, sort: $sort, query: $query) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes { id tiktokOrderId status shippingType isSample isCod createdAt deadlines { next }\n      total { amount currency }\n      lines { id sellerSku isGift salePrice { amount } }\n      packages { id status trackingNumber }\n      lineGroups { sellerSku quantity } }\n  }\n}"): typeof import('./graphql.js').OrdersListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SandboxState {\n    sandbox {\n      enabled\n      error\n      state {\n        now\n        clockFrozen\n        orderCount\n        shops { tiktokShopId name connected }\n        faults { apiServerErrorRate webhookDropRate webhookDelayMs }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SandboxStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SandboxOrdersCreate($input: SandboxOrdersCreateInput!) {\n    sandboxOrdersCreate(input: $input) { tiktokOrderIds userErrors { code field message } }\n  }\n"): typeof import('./graphql.js').SandboxOrdersCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SandboxBuyerCancel($input: SandboxBuyerCancelInput!) {\n    sandboxBuyerCancel(input: $input) { tiktokOrderId tiktokStatus afterSaleId userErrors { code field message } }\n  }\n"): typeof import('./graphql.js').SandboxBuyerCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SandboxBuyerReturn($input: SandboxBuyerReturnInput!) {\n    sandboxBuyerReturn(input: $input) { tiktokOrderId tiktokStatus afterSaleId userErrors { code field message } }\n  }\n"): typeof import('./graphql.js').SandboxBuyerReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SandboxCarrierScan($input: SandboxOrderInput!) {\n    sandboxCarrierScan(input: $input) { tiktokOrderId tiktokStatus userErrors { code field message } }\n  }\n"): typeof import('./graphql.js').SandboxCarrierScanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SandboxClockAdvance($input: SandboxClockAdvanceInput!) {\n    sandboxClockAdvance(input: $input) { now userErrors { code field message } }\n  }\n"): typeof import('./graphql.js').SandboxClockAdvanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SandboxFaultsSet($input: SandboxFaultsSetInput!) {\n    sandboxFaultsSet(input: $input) { faults { webhookDropRate apiSlowMs } userErrors { code field message } }\n  }\n"): typeof import('./graphql.js').SandboxFaultsSetDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
