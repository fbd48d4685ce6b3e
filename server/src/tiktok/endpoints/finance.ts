import type { ApiCaller, ShopRef } from '../api-caller.js';
import { followPages } from '../pagination.js';
import {
  getOrderStatementTransactions202309DataSchema,
  getOrderStatementTransactions202501DataSchema,
  getPaymentsDataSchema,
  getStatementTransactions202309DataSchema,
  getStatementTransactions202501DataSchema,
  getStatementsDataSchema,
  getWithdrawalsDataSchema,
  type GetPaymentsQuery,
  type GetStatementTransactionsQuery,
  type GetStatementsQuery,
  type GetWithdrawalsQuery,
} from '../wire/finance.js';
import { segment } from './path.js';

type FirstPage<Query> = Omit<Query, 'page_token'>;

/**
 * Transaction endpoints exist in two versions with different shapes, hence the version suffix:
 * 202501 covers all regions (data from 2023-07), 202309 only UK/US local shops.
 */
export function financeEndpoints(api: ApiCaller) {
  const getStatements = (shop: ShopRef, query: GetStatementsQuery) =>
    api.call({ method: 'GET', path: '/finance/202309/statements', shop, query: { ...query }, data: getStatementsDataSchema, replayable: true });
  const getPayments = (shop: ShopRef, query: GetPaymentsQuery) =>
    api.call({ method: 'GET', path: '/finance/202309/payments', shop, query: { ...query }, data: getPaymentsDataSchema, replayable: true });
  const getWithdrawals = (shop: ShopRef, query: GetWithdrawalsQuery) =>
    api.call({ method: 'GET', path: '/finance/202309/withdrawals', shop, query: { ...query }, data: getWithdrawalsDataSchema, replayable: true });
  const statementTransactionsPath = (version: string, statementId: string) =>
    `/finance/${version}/statements/${segment(statementId)}/statement_transactions`;
  const getStatementTransactions202501 = (shop: ShopRef, statementId: string, query: GetStatementTransactionsQuery) =>
    api.call({
      method: 'GET',
      path: statementTransactionsPath('202501', statementId),
      shop,
      query: { ...query },
      data: getStatementTransactions202501DataSchema,
      replayable: true,
    });
  const getStatementTransactions202309 = (shop: ShopRef, statementId: string, query: GetStatementTransactionsQuery) =>
    api.call({
      method: 'GET',
      path: statementTransactionsPath('202309', statementId),
      shop,
      query: { ...query },
      data: getStatementTransactions202309DataSchema,
      replayable: true,
    });

  return {
    /** GET /finance/202309/statements — daily, generated at 00:00 UTC. */
    getStatements,
    getStatementsPages: (shop: ShopRef, query: FirstPage<GetStatementsQuery>) => followPages((page_token) => getStatements(shop, { ...query, page_token })),
    /** GET /finance/202309/payments (not SEA). */
    getPayments,
    getPaymentsPages: (shop: ShopRef, query: FirstPage<GetPaymentsQuery>) => followPages((page_token) => getPayments(shop, { ...query, page_token })),
    /** GET /finance/202309/withdrawals */
    getWithdrawals,
    getWithdrawalsPages: (shop: ShopRef, query: FirstPage<GetWithdrawalsQuery>) =>
      followPages((page_token) => getWithdrawals(shop, { ...query, page_token })),
    /** GET /finance/202501/statements/{statement_id}/statement_transactions */
    getStatementTransactions202501,
    getStatementTransactions202501Pages: (shop: ShopRef, statementId: string, query: FirstPage<GetStatementTransactionsQuery>) =>
      followPages((page_token) => getStatementTransactions202501(shop, statementId, { ...query, page_token })),
    /** GET /finance/202309/statements/{statement_id}/statement_transactions */
    getStatementTransactions202309,
    getStatementTransactions202309Pages: (shop: ShopRef, statementId: string, query: FirstPage<GetStatementTransactionsQuery>) =>
      followPages((page_token) => getStatementTransactions202309(shop, statementId, { ...query, page_token })),
    /** GET /finance/202501/orders/{order_id}/statement_transactions */
    getOrderStatementTransactions202501: (shop: ShopRef, orderId: string) =>
      api.call({
        method: 'GET',
        path: `/finance/202501/orders/${segment(orderId)}/statement_transactions`,
        shop,
        data: getOrderStatementTransactions202501DataSchema,
        replayable: true,
      }),
    /** GET /finance/202309/orders/{order_id}/statement_transactions */
    getOrderStatementTransactions202309: (shop: ShopRef, orderId: string) =>
      api.call({
        method: 'GET',
        path: `/finance/202309/orders/${segment(orderId)}/statement_transactions`,
        shop,
        data: getOrderStatementTransactions202309DataSchema,
        replayable: true,
      }),
  };
}
