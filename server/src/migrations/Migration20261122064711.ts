import { Migration } from '@mikro-orm/migrations';

export class Migration20261122064711 extends Migration {

  override name = 'Migration20261122064711';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "app";`);
    this.addSql(`create table "app"."carrier" ("id" serial primary key, "code" varchar(255) not null, "name" varchar(255) not null, "tracking_url_template" varchar(255) null, "tracking_number_pattern" varchar(255) null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "app"."carrier" add constraint "carrier_code_unique" unique ("code");`);

    this.addSql(`create table "app"."inbound_event" ("id" bigserial primary key, "dedupe_key" varchar(255) not null, "type" int not null, "topic" varchar(255) not null, "tiktok_shop_id" varchar(255) null, "payload" jsonb not null, "received_at" timestamptz not null, "processed_at" timestamptz null, "error" text null);`);
    this.addSql(`alter table "app"."inbound_event" add constraint "inbound_event_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`create index "inbound_event_tiktok_shop_id_received_at_index" on "app"."inbound_event" ("tiktok_shop_id", "received_at");`);

    this.addSql(`create table "app"."journal" ("seq" bigserial primary key, "at" timestamptz not null default now(), "shop_id" int null, "entity_type" varchar(255) not null, "entity_id" int not null, "kind" varchar(255) not null, "source" text not null, "actor" varchar(255) null, "from_state" varchar(255) null, "to_state" varchar(255) null, "data" jsonb null);`);
    this.addSql(`create index "journal_entity_type_entity_id_seq_index" on "app"."journal" ("entity_type", "entity_id", "seq");`);
    this.addSql(`create index "journal_shop_id_seq_index" on "app"."journal" ("shop_id", "seq");`);

    this.addSql(`create table "app"."partner" ("id" serial primary key, "name" varchar(255) not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "app"."partner" add constraint "partner_name_unique" unique ("name");`);

    this.addSql(`create table "app"."tiktok_rate_limit" ("key" text not null, "slot" int not null, "granted_at" timestamptz not null, primary key ("key", "slot"));`);

    this.addSql(`create table "app"."user" ("id" serial primary key, "email" varchar(255) not null, "name" varchar(255) not null, "role" text not null, "password_hash" varchar(255) not null, "disabled_at" timestamptz null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "app"."user" add constraint "user_email_unique" unique ("email");`);

    this.addSql(`create table "app"."session" ("id" serial primary key, "user_id" int not null, "token_hash" varchar(255) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null);`);
    this.addSql(`alter table "app"."session" add constraint "session_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "app"."api_token" ("id" serial primary key, "name" varchar(255) not null, "kind" text not null, "partner_id" int null, "token_hash" varchar(255) not null, "token_prefix" varchar(255) not null, "created_by_id" int null, "created_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null);`);
    this.addSql(`alter table "app"."api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "app"."warehouse" ("id" serial primary key, "shop_id" int null, "tiktok_warehouse_id" varchar(255) null, "name" varchar(255) not null, "type" text not null default 'SALES', "is_default" boolean not null default false, "address" jsonb not null default '{}', "created_at" timestamptz not null);`);
    this.addSql(`alter table "app"."warehouse" add constraint "warehouse_shop_id_tiktok_warehouse_id_unique" unique ("shop_id", "tiktok_warehouse_id");`);

    this.addSql(`create table "app"."shop" ("id" serial primary key, "tiktok_shop_id" varchar(255) not null, "name" varchar(255) not null, "region" varchar(255) not null, "seller_type" varchar(255) null, "cipher" varchar(255) null, "status" text not null default 'CONNECTED', "access_token_sealed" text null, "access_token_expires_at" timestamptz null, "refresh_token_sealed" text null, "refresh_token_expires_at" timestamptz null, "default_warehouse_id" int null, "connected_at" timestamptz null, "disconnected_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "app"."shop" add constraint "shop_tiktok_shop_id_unique" unique ("tiktok_shop_id");`);

    this.addSql(`create table "app"."shop_sync" ("shop_id" int not null, "watermark" timestamptz null, "last_poll_at" timestamptz null, "last_poll_ok_at" timestamptz null, "backfill_status" text not null default 'NOT_STARTED', "backfill_since" timestamptz null, "backfill_until" timestamptz null, "backfill_page_token" text null, "backfill_done" int not null default 0, "backfill_total" int null, "consecutive_failures" int not null default 0, "last_error" text null, "reauthorize_by" timestamptz null, primary key ("shop_id"));`);

    this.addSql(`create table "app"."incident" ("id" serial primary key, "shop_id" int null, "kind" varchar(255) not null, "message" text not null, "retry_job" varchar(255) null, "retry_data" jsonb null, "occurrences" int not null default 1, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "resolved_at" timestamptz null);`);
    this.addSql(`create index "incident_resolved_at_index" on "app"."incident" ("resolved_at");`);

    this.addSql(`create table "app"."package" ("id" serial primary key, "shop_id" int not null, "tiktok_package_id" varchar(255) null, "status" text not null default 'TO_FULFILL', "shipping_type" text not null, "carrier_id" int null, "tiktok_shipping_provider_id" varchar(255) null, "shipping_provider_name" varchar(255) null, "tracking_number" varchar(255) null, "warehouse_id" int null, "partner_id" int null, "split_combine_tag" varchar(255) null, "sync_status" text not null default 'SYNCED', "sync_error" text null, "shipped_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "app"."package" add constraint "package_tiktok_package_id_unique" unique ("tiktok_package_id");`);
    this.addSql(`create index "package_shop_id_status_index" on "app"."package" ("shop_id", "status");`);
    this.addSql(`create index "package_tracking_number_index" on "app"."package" ("tracking_number");`);
    this.addSql(`create index "package_partner_id_index" on "app"."package" ("partner_id");`);

    this.addSql(`create table "app"."order" ("id" serial primary key, "shop_id" int not null, "tiktok_order_id" varchar(255) not null, "status" text not null, "shipping_type" text not null, "fulfillment_type" text not null default 'FULFILLMENT_BY_SELLER', "delivery_type" text null, "delivery_option_id" varchar(255) null, "delivery_option_name" varchar(255) null, "order_type" varchar(255) null, "buyer_user_id" varchar(255) null, "buyer_email" varchar(255) null, "buyer_message" text null, "seller_note" text null, "recipient" jsonb null, "has_updated_recipient_address" boolean not null default false, "payment" jsonb null, "currency" varchar(3) not null, "total_amount" numeric(14,2) not null, "payment_method_name" varchar(255) null, "is_cod" boolean not null default false, "is_sample" boolean not null default false, "is_replacement" boolean not null default false, "replaced_tiktok_order_id" varchar(255) null, "is_exchange" boolean not null default false, "exchange_source_tiktok_order_id" varchar(255) null, "is_on_hold_order" boolean not null default false, "is_pre_order" boolean not null default false, "release_at" timestamptz null, "is_buyer_request_cancel" boolean not null default false, "request_cancel_at" timestamptz null, "cancellation_initiator" text null, "cancel_reason" varchar(255) null, "split_or_combine_tag" text null, "tiktok_warehouse_id" varchar(255) null, "warehouse_id" int null, "notes" text null, "rts_sla_at" timestamptz null, "tts_sla_at" timestamptz null, "shipping_due_at" timestamptz null, "collection_due_at" timestamptz null, "delivery_due_at" timestamptz null, "delivery_sla_at" timestamptz null, "next_deadline_at" timestamptz null, "paid_at" timestamptz null, "rts_at" timestamptz null, "collection_at" timestamptz null, "delivery_at" timestamptz null, "cancel_at" timestamptz null, "tiktok_created_at" timestamptz not null, "tiktok_updated_at" timestamptz not null, "tiktok_digest" varchar(255) null, "price_detail" jsonb null, "price_detail_for" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "app"."order" add constraint "order_tiktok_order_id_unique" unique ("tiktok_order_id");`);
    this.addSql(`create index "order_shop_id_status_index" on "app"."order" ("shop_id", "status");`);
    this.addSql(`create index "order_tiktok_created_at_id_index" on "app"."order" ("tiktok_created_at", "id");`);
    this.addSql(`create index "order_next_deadline_at_id_index" on "app"."order" ("next_deadline_at", "id");`);
    this.addSql(`create index "order_buyer_user_id_index" on "app"."order" ("buyer_user_id");`);

    this.addSql(`create table "app"."order_line" ("id" serial primary key, "order_id" int not null, "position" int not null, "tiktok_line_item_id" varchar(255) not null, "sku_id" varchar(255) not null, "product_id" varchar(255) not null, "seller_sku" varchar(255) null, "product_name" varchar(255) not null, "sku_name" varchar(255) null, "sku_image" varchar(255) null, "currency" varchar(3) not null, "original_price" numeric(14,2) not null, "sale_price" numeric(14,2) not null, "seller_discount" numeric(14,2) not null default '0', "platform_discount" numeric(14,2) not null default '0', "display_status" varchar(255) null, "is_gift" boolean not null default false, "gift_retail_price" numeric(14,2) null, "bundle_components" jsonb not null default '[]', "taxes" jsonb not null default '[]', "is_dangerous_good" boolean not null default false, "cancel_reason" varchar(255) null, "cancel_user" varchar(255) null, "package_id" int null);`);
    this.addSql(`alter table "app"."order_line" add constraint "order_line_tiktok_line_item_id_unique" unique ("tiktok_line_item_id");`);
    this.addSql(`create index "order_line_order_id_position_index" on "app"."order_line" ("order_id", "position");`);
    this.addSql(`create index "order_line_package_id_index" on "app"."order_line" ("package_id");`);
    this.addSql(`create index "order_line_seller_sku_index" on "app"."order_line" ("seller_sku");`);

    this.addSql(`create table "app"."oauth_state" ("state" varchar(255) not null, "created_by_id" int null, "warehouse_id" int null, "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("state"));`);

    this.addSql(`alter table "app"."journal" add constraint "journal_source_check" check ("source" in ('WEBHOOK', 'POLL', 'BACKFILL', 'USER', 'THREE_PL', 'SYSTEM'));`);

    this.addSql(`alter table "app"."user" add constraint "user_role_check" check ("role" in ('ADMIN', 'PACKER', 'CUSTOMER_SERVICE'));`);

    this.addSql(`alter table "app"."session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app"."user" ("id") on delete cascade;`);

    this.addSql(`alter table "app"."api_token" add constraint "api_token_partner_id_foreign" foreign key ("partner_id") references "app"."partner" ("id") on delete set null;`);
    this.addSql(`alter table "app"."api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "app"."user" ("id") on delete set null;`);
    this.addSql(`alter table "app"."api_token" add constraint "api_token_kind_check" check ("kind" in ('SHIPPING_TOOL', 'THREE_PL'));`);

    this.addSql(`alter table "app"."warehouse" add constraint "warehouse_shop_id_foreign" foreign key ("shop_id") references "app"."shop" ("id") on delete set null;`);
    this.addSql(`alter table "app"."warehouse" add constraint "warehouse_type_check" check ("type" in ('SALES', 'RETURN'));`);

    this.addSql(`alter table "app"."shop" add constraint "shop_default_warehouse_id_foreign" foreign key ("default_warehouse_id") references "app"."warehouse" ("id") on delete set null;`);
    this.addSql(`alter table "app"."shop" add constraint "shop_status_check" check ("status" in ('CONNECTED', 'DISCONNECTED'));`);

    this.addSql(`alter table "app"."shop_sync" add constraint "shop_sync_shop_id_foreign" foreign key ("shop_id") references "app"."shop" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "app"."shop_sync" add constraint "shop_sync_backfill_status_check" check ("backfill_status" in ('NOT_STARTED', 'RUNNING', 'DONE', 'FAILED'));`);

    this.addSql(`alter table "app"."incident" add constraint "incident_shop_id_foreign" foreign key ("shop_id") references "app"."shop" ("id") on delete set null;`);

    this.addSql(`alter table "app"."package" add constraint "package_shop_id_foreign" foreign key ("shop_id") references "app"."shop" ("id");`);
    this.addSql(`alter table "app"."package" add constraint "package_carrier_id_foreign" foreign key ("carrier_id") references "app"."carrier" ("id") on delete set null;`);
    this.addSql(`alter table "app"."package" add constraint "package_warehouse_id_foreign" foreign key ("warehouse_id") references "app"."warehouse" ("id") on delete set null;`);
    this.addSql(`alter table "app"."package" add constraint "package_partner_id_foreign" foreign key ("partner_id") references "app"."partner" ("id") on delete set null;`);
    this.addSql(`alter table "app"."package" add constraint "package_status_check" check ("status" in ('TO_FULFILL', 'PROCESSING', 'FULFILLING', 'COMPLETED', 'CANCELLED'));`);
    this.addSql(`alter table "app"."package" add constraint "package_shipping_type_check" check ("shipping_type" in ('SELLER', 'TIKTOK'));`);
    this.addSql(`alter table "app"."package" add constraint "package_sync_status_check" check ("sync_status" in ('SYNCED', 'PENDING', 'FAILED'));`);

    this.addSql(`alter table "app"."order" add constraint "order_shop_id_foreign" foreign key ("shop_id") references "app"."shop" ("id");`);
    this.addSql(`alter table "app"."order" add constraint "order_warehouse_id_foreign" foreign key ("warehouse_id") references "app"."warehouse" ("id") on delete set null;`);
    this.addSql(`alter table "app"."order" add constraint "order_status_check" check ("status" in ('UNPAID', 'ON_HOLD', 'AWAITING_SHIPMENT', 'PARTIALLY_SHIPPING', 'AWAITING_COLLECTION', 'IN_TRANSIT', 'DELIVERED', 'COMPLETED', 'CANCELLED'));`);
    this.addSql(`alter table "app"."order" add constraint "order_shipping_type_check" check ("shipping_type" in ('SELLER', 'TIKTOK'));`);
    this.addSql(`alter table "app"."order" add constraint "order_fulfillment_type_check" check ("fulfillment_type" in ('FULFILLMENT_BY_SELLER', 'FULFILLMENT_BY_TIKTOK', 'FULFILLMENT_BY_DILAYANI_TOKOPEDIA'));`);
    this.addSql(`alter table "app"."order" add constraint "order_delivery_type_check" check ("delivery_type" in ('HOME_DELIVERY', 'COLLECTION_POINT'));`);
    this.addSql(`alter table "app"."order" add constraint "order_cancellation_initiator_check" check ("cancellation_initiator" in ('SELLER', 'BUYER', 'SYSTEM'));`);
    this.addSql(`alter table "app"."order" add constraint "order_split_or_combine_tag_check" check ("split_or_combine_tag" in ('SPLIT', 'COMBINED'));`);

    this.addSql(`alter table "app"."order_line" add constraint "order_line_order_id_foreign" foreign key ("order_id") references "app"."order" ("id") on delete cascade;`);
    this.addSql(`alter table "app"."order_line" add constraint "order_line_package_id_foreign" foreign key ("package_id") references "app"."package" ("id") on delete set null;`);

    this.addSql(`alter table "app"."oauth_state" add constraint "oauth_state_created_by_id_foreign" foreign key ("created_by_id") references "app"."user" ("id") on delete set null;`);
    this.addSql(`alter table "app"."oauth_state" add constraint "oauth_state_warehouse_id_foreign" foreign key ("warehouse_id") references "app"."warehouse" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app"."package" drop constraint "package_carrier_id_foreign";`);
    this.addSql(`alter table "app"."api_token" drop constraint "api_token_partner_id_foreign";`);
    this.addSql(`alter table "app"."package" drop constraint "package_partner_id_foreign";`);
    this.addSql(`alter table "app"."session" drop constraint "session_user_id_foreign";`);
    this.addSql(`alter table "app"."api_token" drop constraint "api_token_created_by_id_foreign";`);
    this.addSql(`alter table "app"."oauth_state" drop constraint "oauth_state_created_by_id_foreign";`);
    this.addSql(`alter table "app"."shop" drop constraint "shop_default_warehouse_id_foreign";`);
    this.addSql(`alter table "app"."package" drop constraint "package_warehouse_id_foreign";`);
    this.addSql(`alter table "app"."order" drop constraint "order_warehouse_id_foreign";`);
    this.addSql(`alter table "app"."oauth_state" drop constraint "oauth_state_warehouse_id_foreign";`);
    this.addSql(`alter table "app"."warehouse" drop constraint "warehouse_shop_id_foreign";`);
    this.addSql(`alter table "app"."shop_sync" drop constraint "shop_sync_shop_id_foreign";`);
    this.addSql(`alter table "app"."incident" drop constraint "incident_shop_id_foreign";`);
    this.addSql(`alter table "app"."package" drop constraint "package_shop_id_foreign";`);
    this.addSql(`alter table "app"."order" drop constraint "order_shop_id_foreign";`);
    this.addSql(`alter table "app"."order_line" drop constraint "order_line_package_id_foreign";`);
    this.addSql(`alter table "app"."order_line" drop constraint "order_line_order_id_foreign";`);

    this.addSql(`drop table if exists "app"."carrier" cascade;`);
    this.addSql(`drop table if exists "app"."inbound_event" cascade;`);
    this.addSql(`drop table if exists "app"."journal" cascade;`);
    this.addSql(`drop table if exists "app"."partner" cascade;`);
    this.addSql(`drop table if exists "app"."tiktok_rate_limit" cascade;`);
    this.addSql(`drop table if exists "app"."user" cascade;`);
    this.addSql(`drop table if exists "app"."session" cascade;`);
    this.addSql(`drop table if exists "app"."api_token" cascade;`);
    this.addSql(`drop table if exists "app"."warehouse" cascade;`);
    this.addSql(`drop table if exists "app"."shop" cascade;`);
    this.addSql(`drop table if exists "app"."shop_sync" cascade;`);
    this.addSql(`drop table if exists "app"."incident" cascade;`);
    this.addSql(`drop table if exists "app"."package" cascade;`);
    this.addSql(`drop table if exists "app"."order" cascade;`);
    this.addSql(`drop table if exists "app"."order_line" cascade;`);
    this.addSql(`drop table if exists "app"."oauth_state" cascade;`);

    this.addSql(`drop schema if exists "app";`);
  }

}
