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
