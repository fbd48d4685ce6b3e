export { TikTokClient, TIKTOK_API_BASE_URL, TIKTOK_AUTH_BASE_URL, type TikTokClientOptions } from './client.js';
export type { IdempotencyOptions, ShopRef, TikTokLogger, TokenOwnerRef } from './api-caller.js';
export { TikTokError, isTikTokError, isTikTokRefusal, type TikTokErrorKind } from './tiktok-error.js';
export { classifyFailure, type FailureFacts } from './classify-error.js';
export { DEFAULT_RETRY, type RetryOptions } from './backoff.js';
export { DEFAULT_RATE_LIMIT, InMemoryRateLimiter, type RateLimitOptions, type RateLimiter } from './rate-limiter.js';
export { PostgresRateLimiter, RATE_LIMIT_DDL } from './postgres-rate-limiter.js';
export { InMemoryTokenStore, shopTokenFromWire, type ShopToken, type TokenStore } from './token-store.js';
export { signRequest, stringToSign, verifyWebhookSignature, webhookSignature, type DecodedQuery, type SignInput } from './signing.js';
export {
  parseWebhook,
  type CancellationStatusChangeEvent,
  type KnownWebhookEvent,
  type OrderStatusChangeEvent,
  type PackageUpdateEvent,
  type RecipientAddressUpdateEvent,
  type ReturnStatusChangeEvent,
  type SellerDeauthorizationEvent,
  type UnknownWebhookEvent,
  type UpcomingAuthorizationExpirationEvent,
  type WebhookEvent,
  type WebhookParseResult,
} from './webhooks.js';
export {
  batchErrorSchema,
  emptyDataSchema,
  envelopeOf,
  envelopeSchema,
  type BatchError,
  type Dimension,
  type EmptyData,
  type Envelope,
  type PageQuery,
  type Paged,
  type ShippingAddress,
  type Weight,
} from './wire/common.js';
export * from './wire/auth.js';
export * from './wire/orders.js';
export * from './wire/fulfillment.js';
export * from './wire/logistics.js';
export * from './wire/return-refund.js';
export * from './wire/finance.js';
export * from './wire/events.js';
export * from './wire/products.js';
