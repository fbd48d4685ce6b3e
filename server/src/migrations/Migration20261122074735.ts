import { Migration } from '@mikro-orm/migrations';

export class Migration20261122074735 extends Migration {

  override name = 'Migration20261122074735';

  override up(): void | Promise<void> {
    this.addSql(`create table "app"."after_sale_sync" ("shop_id" int not null, "cancellation_watermark" timestamptz null, "return_watermark" timestamptz null, "last_poll_ok_at" timestamptz null, primary key ("shop_id"));`);

    this.addSql(`create table "app"."after_sale" ("id" serial primary key, "shop_id" int not null, "kind" text not null, "tiktok_id" varchar(255) not null, "tiktok_order_id" varchar(255) not null, "order_id" int null, "type" text not null, "status" varchar(255) not null, "is_open" boolean not null, "role" varchar(255) null, "reason" varchar(255) null, "reason_text" varchar(255) null, "currency" varchar(3) null, "refund_total" numeric(14,2) null, "refund_subtotal" numeric(14,2) null, "refund_shipping_fee" numeric(14,2) null, "refund_tax" numeric(14,2) null, "retail_delivery_fee" numeric(14,2) null, "buyer_service_fee" numeric(14,2) null, "amounts" jsonb not null default '{}', "partial_refund_amount" numeric(14,2) null, "buyer_rejected_partial_refund" boolean not null default false, "seller_proposed_return_type" varchar(255) null, "return_method" varchar(255) null, "shipment_type" varchar(255) null, "handover_method" varchar(255) null, "return_tracking_number" varchar(255) null, "return_provider_id" varchar(255) null, "return_provider_name" varchar(255) null, "return_warehouse_address" text null, "can_buyer_keep_item" boolean not null default false, "arbitration_status" varchar(255) null, "next_action" varchar(255) null, "deadline_at" timestamptz null, "records" jsonb not null default '[]', "return_label" jsonb null, "tiktok_created_at" timestamptz not null, "tiktok_updated_at" timestamptz not null, "tiktok_digest" varchar(255) not null, "sync_status" text not null default 'SYNCED', "sync_error" text null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "after_sale_shop_id_deadline_at_index" on "app"."after_sale" ("shop_id", "deadline_at");`);
    this.addSql(`create index "after_sale_tiktok_order_id_index" on "app"."after_sale" ("tiktok_order_id");`);
    this.addSql(`create index "after_sale_order_id_index" on "app"."after_sale" ("order_id");`);
    this.addSql(`alter table "app"."after_sale" add constraint "after_sale_kind_tiktok_id_unique" unique ("kind", "tiktok_id");`);

    this.addSql(`create table "app"."after_sale_line" ("id" serial primary key, "after_sale_id" int not null, "tiktok_case_line_id" varchar(255) null, "tiktok_line_item_id" varchar(255) not null, "order_line_id" int null, "sku_id" varchar(255) null, "seller_sku" varchar(255) null, "product_name" varchar(255) null, "sku_name" varchar(255) null, "is_gift" boolean not null default false, "gift_parent_line_id" int null, "refund_total" numeric(14,2) null);`);
    this.addSql(`create index "after_sale_line_after_sale_id_index" on "app"."after_sale_line" ("after_sale_id");`);

    this.addSql(`create table "app"."after_sale_deadline_warning" ("id" serial primary key, "after_sale_id" int not null, "deadline_at" timestamptz not null, "threshold_minutes" int not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "app"."after_sale_deadline_warning" add constraint "after_sale_deadline_warning_after_sale_id_deadlin_87175_unique" unique ("after_sale_id", "deadline_at", "threshold_minutes");`);

    this.addSql(`create table "app"."after_sale_action" ("id" serial primary key, "shop_id" int not null, "after_sale_id" int null, "order_id" int null, "action" varchar(255) not null, "input" jsonb not null, "tiktok_idempotency_key" varchar(255) not null, "actor" varchar(255) not null, "status" text not null default 'PENDING', "error" text null, "created_at" timestamptz not null, "finished_at" timestamptz null);`);
    this.addSql(`alter table "app"."after_sale_action" add constraint "after_sale_action_tiktok_idempotency_key_unique" unique ("tiktok_idempotency_key");`);
    this.addSql(`create index "after_sale_action_after_sale_id_index" on "app"."after_sale_action" ("after_sale_id");`);
    this.addSql(`create index "after_sale_action_order_id_index" on "app"."after_sale_action" ("order_id");`);

    this.addSql(`alter table "app"."after_sale_sync" add constraint "after_sale_sync_shop_id_foreign" foreign key ("shop_id") references "app"."shop" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "app"."after_sale" add constraint "after_sale_shop_id_foreign" foreign key ("shop_id") references "app"."shop" ("id");`);
    this.addSql(`alter table "app"."after_sale" add constraint "after_sale_order_id_foreign" foreign key ("order_id") references "app"."order" ("id") on delete set null;`);
    this.addSql(`alter table "app"."after_sale" add constraint "after_sale_kind_check" check ("kind" in ('CANCELLATION', 'RETURN'));`);
    this.addSql(`alter table "app"."after_sale" add constraint "after_sale_type_check" check ("type" in ('CANCEL', 'BUYER_CANCEL', 'REFUND', 'RETURN_AND_REFUND', 'REPLACEMENT'));`);
    this.addSql(`alter table "app"."after_sale" add constraint "after_sale_sync_status_check" check ("sync_status" in ('SYNCED', 'PENDING', 'FAILED'));`);

    this.addSql(`alter table "app"."after_sale_line" add constraint "after_sale_line_after_sale_id_foreign" foreign key ("after_sale_id") references "app"."after_sale" ("id") on delete cascade;`);
    this.addSql(`alter table "app"."after_sale_line" add constraint "after_sale_line_order_line_id_foreign" foreign key ("order_line_id") references "app"."order_line" ("id") on delete set null;`);
    this.addSql(`alter table "app"."after_sale_line" add constraint "after_sale_line_gift_parent_line_id_foreign" foreign key ("gift_parent_line_id") references "app"."order_line" ("id") on delete set null;`);

    this.addSql(`alter table "app"."after_sale_deadline_warning" add constraint "after_sale_deadline_warning_after_sale_id_foreign" foreign key ("after_sale_id") references "app"."after_sale" ("id") on delete cascade;`);

    this.addSql(`alter table "app"."after_sale_action" add constraint "after_sale_action_shop_id_foreign" foreign key ("shop_id") references "app"."shop" ("id");`);
    this.addSql(`alter table "app"."after_sale_action" add constraint "after_sale_action_after_sale_id_foreign" foreign key ("after_sale_id") references "app"."after_sale" ("id") on delete cascade;`);
    this.addSql(`alter table "app"."after_sale_action" add constraint "after_sale_action_order_id_foreign" foreign key ("order_id") references "app"."order" ("id") on delete cascade;`);
    this.addSql(`alter table "app"."after_sale_action" add constraint "after_sale_action_status_check" check ("status" in ('PENDING', 'DONE', 'FAILED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app"."after_sale_line" drop constraint "after_sale_line_after_sale_id_foreign";`);
    this.addSql(`alter table "app"."after_sale_deadline_warning" drop constraint "after_sale_deadline_warning_after_sale_id_foreign";`);
    this.addSql(`alter table "app"."after_sale_action" drop constraint "after_sale_action_after_sale_id_foreign";`);

    this.addSql(`drop table if exists "app"."after_sale_sync" cascade;`);
    this.addSql(`drop table if exists "app"."after_sale" cascade;`);
    this.addSql(`drop table if exists "app"."after_sale_line" cascade;`);
    this.addSql(`drop table if exists "app"."after_sale_deadline_warning" cascade;`);
    this.addSql(`drop table if exists "app"."after_sale_action" cascade;`);
  }

}
