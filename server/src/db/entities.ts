import { Carrier } from '../carriers/carrier.entity.js';
import { OrderLine } from '../orders/order-line.entity.js';
import { Order } from '../orders/order.entity.js';
import { Package } from '../packages/package.entity.js';
import { Shop } from '../shops/shop.entity.js';
import { ApiToken } from '../users/api-token.entity.js';
import { Partner } from '../users/partner.entity.js';
import { Session } from '../users/session.entity.js';
import { User } from '../users/user.entity.js';
import { Warehouse } from '../warehouses/warehouse.entity.js';
import { JournalEntry } from '../journal/journal.entity.js';
import { InboundEvent } from '../sync/inbound-event.entity.js';
import { Incident } from '../sync/incident.entity.js';
import { OAuthState } from '../sync/oauth-state.entity.js';
import { TiktokRateLimit } from '../sync/rate-limit.entity.js';
import { ShopSync } from '../sync/shop-sync.entity.js';
import { IdempotencyKey } from '../platform/idempotency-key.entity.js';
import { AfterSale, AfterSaleAction, AfterSaleDeadlineWarning, AfterSaleLine, AfterSaleSync } from '../aftersales/after-sale.entity.js';
import { CarrierMapping } from '../carriers/carrier-mapping.entity.js';
import { DeliveryOption } from '../shipping/delivery-option.entity.js';
import { ShippingPush } from '../shipping/shipping-push.entity.js';
import { PackageChange } from '../split-combine/package-change.entity.js';

/** Every persisted entity; the ORM, the migration generator and tests use this one list. */
export const entities = [
  Shop,
  ShopSync,
  Warehouse,
  Carrier,
  Order,
  OrderLine,
  Package,
  Partner,
  User,
  Session,
  ApiToken,
  InboundEvent,
  JournalEntry,
  Incident,
  OAuthState,
  TiktokRateLimit,
  IdempotencyKey,
  AfterSale,
  AfterSaleLine,
  AfterSaleAction,
  AfterSaleSync,
  AfterSaleDeadlineWarning,
  CarrierMapping,
  DeliveryOption,
  ShippingPush,
  PackageChange,
];
