import { Migration } from '@mikro-orm/migrations';

export class Migration20261122073907 extends Migration {

  override name = 'Migration20261122073907';

  override up(): void | Promise<void> {
    this.addSql(`create table "app"."delivery_option" ("id" serial primary key, "shop_id" int not null, "tiktok_delivery_option_id" varchar(255) not null, "name" varchar(255) not null, "type" varchar(255) not null, "tiktok_warehouse_ids" jsonb not null default '[]', "providers" jsonb not null default '[]', "synced_at" timestamptz not null);`);
    this.addSql(`alter table "app"."delivery_option" add constraint "delivery_option_shop_id_tiktok_delivery_option_id_unique" unique ("shop_id", "tiktok_delivery_option_id");`);

    this.addSql(`create table "app"."carrier_mapping" ("id" serial primary key, "shop_id" int not null, "tiktok_delivery_option_id" varchar(255) not null, "carrier_id" int not null, "tiktok_shipping_provider_id" varchar(255) not null, "tiktok_shipping_provider_name" varchar(255) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "app"."carrier_mapping" add constraint "carrier_mapping_shop_id_tiktok_delivery_option_id_5a481_unique" unique ("shop_id", "tiktok_delivery_option_id", "carrier_id");`);

    this.addSql(`create table "app"."shipping_push" ("id" serial primary key, "shop_id" int not null, "package_id" int not null, "kind" text not null, "status" text not null default 'PENDING', "request" jsonb not null, "previous" jsonb not null, "error" text null, "tiktok_code" int null, "actor" varchar(255) not null, "attempts" int not null default 0, "created_at" timestamptz not null, "finished_at" timestamptz null);`);
    this.addSql(`create index "shipping_push_package_id_id_index" on "app"."shipping_push" ("package_id", "id");`);

    this.addSql(`alter table "app"."delivery_option" add constraint "delivery_option_shop_id_foreign" foreign key ("shop_id") references "app"."shop" ("id");`);

    this.addSql(`alter table "app"."carrier_mapping" add constraint "carrier_mapping_shop_id_foreign" foreign key ("shop_id") references "app"."shop" ("id");`);
    this.addSql(`alter table "app"."carrier_mapping" add constraint "carrier_mapping_carrier_id_foreign" foreign key ("carrier_id") references "app"."carrier" ("id");`);

    this.addSql(`alter table "app"."shipping_push" add constraint "shipping_push_shop_id_foreign" foreign key ("shop_id") references "app"."shop" ("id");`);
    this.addSql(`alter table "app"."shipping_push" add constraint "shipping_push_package_id_foreign" foreign key ("package_id") references "app"."package" ("id") on delete cascade;`);
    this.addSql(`alter table "app"."shipping_push" add constraint "shipping_push_kind_check" check ("kind" in ('MARK_SHIPPED', 'TRACKING_UPDATE', 'SHIP'));`);
    this.addSql(`alter table "app"."shipping_push" add constraint "shipping_push_status_check" check ("status" in ('SYNCED', 'PENDING', 'FAILED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "app"."delivery_option" cascade;`);
    this.addSql(`drop table if exists "app"."carrier_mapping" cascade;`);
    this.addSql(`drop table if exists "app"."shipping_push" cascade;`);
  }

}
