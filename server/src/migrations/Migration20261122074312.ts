import { Migration } from '@mikro-orm/migrations';

export class Migration20261122074312 extends Migration {

  override name = 'Migration20261122074312';

  override up(): void | Promise<void> {
    this.addSql(`create table "app"."package_change" ("id" serial primary key, "shop_id" int not null, "kind" text not null, "state" text not null default 'PENDING', "actor" varchar(255) not null, "order_ids" jsonb not null, "package_ids" jsonb not null, "plan" jsonb not null, "result_tiktok_package_ids" jsonb null, "sync_error" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "synced_at" timestamptz null);`);
    this.addSql(`create index "package_change_shop_id_created_at_index" on "app"."package_change" ("shop_id", "created_at");`);
    this.addSql(`create index "package_change_state_index" on "app"."package_change" ("state");`);

    this.addSql(`alter table "app"."package_change" add constraint "package_change_shop_id_foreign" foreign key ("shop_id") references "app"."shop" ("id");`);
    this.addSql(`alter table "app"."package_change" add constraint "package_change_kind_check" check ("kind" in ('SPLIT', 'COMBINE', 'UNCOMBINE'));`);
    this.addSql(`alter table "app"."package_change" add constraint "package_change_state_check" check ("state" in ('PENDING', 'PUSHING', 'SYNCED', 'FAILED', 'UNDONE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "app"."package_change" cascade;`);
  }

}
