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
    "\n  mutation Split($input: PackageSplitInput!) {\n    packageSplit(input: $input) {\n      packageChange { id kind state syncStatus actor }\n      userErrors { code field message }\n    }\n  }\n": typeof types.SplitDocument,
    "\n  mutation SplitUndo($input: PackageSplitUndoInput!) {\n    packageSplitUndo(input: $input) {\n      packageChange { id state syncStatus }\n      userErrors { code field message }\n    }\n  }\n": typeof types.SplitUndoDocument,
    "\n  mutation Combine($input: PackagesCombineInput!) {\n    packagesCombine(input: $input) {\n      packageChange { id kind state }\n      userErrors { code field message }\n    }\n  }\n": typeof types.CombineDocument,
    "\n  mutation Uncombine($input: PackageUncombineInput!) {\n    packageUncombine(input: $input) {\n      packageChange { id kind state }\n      userErrors { code field message }\n    }\n  }\n": typeof types.UncombineDocument,
    "\n  query Suggestions($shopId: ID) {\n    combineSuggestions(shopId: $shopId) { tiktokPackageId combinable orders { id tiktokOrderId } }\n  }\n": typeof types.SuggestionsDocument,
    "\n  query NodeType($id: ID!) {\n    node(id: $id) { __typename id }\n  }\n": typeof types.NodeTypeDocument,
    "\n  query ChangeDetail($id: ID!) {\n    packageChange(id: $id) {\n      kind state syncStatus syncError actor tiktokPackageIds\n      orders { tiktokOrderId packageChanges { id } }\n      packagesAfter { tiktokPackageId syncStatus lines { tiktokLineItemId } packageChanges { id } }\n      plannedPackages { tiktokLineItemIds lines { id } }\n    }\n  }\n": typeof types.ChangeDetailDocument,
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
    "\n  mutation Split($input: PackageSplitInput!) {\n    packageSplit(input: $input) {\n      packageChange { id kind state syncStatus actor }\n      userErrors { code field message }\n    }\n  }\n": types.SplitDocument,
    "\n  mutation SplitUndo($input: PackageSplitUndoInput!) {\n    packageSplitUndo(input: $input) {\n      packageChange { id state syncStatus }\n      userErrors { code field message }\n    }\n  }\n": types.SplitUndoDocument,
    "\n  mutation Combine($input: PackagesCombineInput!) {\n    packagesCombine(input: $input) {\n      packageChange { id kind state }\n      userErrors { code field message }\n    }\n  }\n": types.CombineDocument,
    "\n  mutation Uncombine($input: PackageUncombineInput!) {\n    packageUncombine(input: $input) {\n      packageChange { id kind state }\n      userErrors { code field message }\n    }\n  }\n": types.UncombineDocument,
    "\n  query Suggestions($shopId: ID) {\n    combineSuggestions(shopId: $shopId) { tiktokPackageId combinable orders { id tiktokOrderId } }\n  }\n": types.SuggestionsDocument,
    "\n  query NodeType($id: ID!) {\n    node(id: $id) { __typename id }\n  }\n": types.NodeTypeDocument,
    "\n  query ChangeDetail($id: ID!) {\n    packageChange(id: $id) {\n      kind state syncStatus syncError actor tiktokPackageIds\n      orders { tiktokOrderId packageChanges { id } }\n      packagesAfter { tiktokPackageId syncStatus lines { tiktokLineItemId } packageChanges { id } }\n      plannedPackages { tiktokLineItemIds lines { id } }\n    }\n  }\n": types.ChangeDetailDocument,
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Split($input: PackageSplitInput!) {\n    packageSplit(input: $input) {\n      packageChange { id kind state syncStatus actor }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql.js').SplitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SplitUndo($input: PackageSplitUndoInput!) {\n    packageSplitUndo(input: $input) {\n      packageChange { id state syncStatus }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql.js').SplitUndoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Combine($input: PackagesCombineInput!) {\n    packagesCombine(input: $input) {\n      packageChange { id kind state }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql.js').CombineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Uncombine($input: PackageUncombineInput!) {\n    packageUncombine(input: $input) {\n      packageChange { id kind state }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql.js').UncombineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suggestions($shopId: ID) {\n    combineSuggestions(shopId: $shopId) { tiktokPackageId combinable orders { id tiktokOrderId } }\n  }\n"): typeof import('./graphql.js').SuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeType($id: ID!) {\n    node(id: $id) { __typename id }\n  }\n"): typeof import('./graphql.js').NodeTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeDetail($id: ID!) {\n    packageChange(id: $id) {\n      kind state syncStatus syncError actor tiktokPackageIds\n      orders { tiktokOrderId packageChanges { id } }\n      packagesAfter { tiktokPackageId syncStatus lines { tiktokLineItemId } packageChanges { id } }\n      plannedPackages { tiktokLineItemIds lines { id } }\n    }\n  }\n"): typeof import('./graphql.js').ChangeDetailDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
