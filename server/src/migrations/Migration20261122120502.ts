import { Migration } from '@mikro-orm/migrations';

export class Migration20261122120502 extends Migration {

  override name = 'Migration20261122120502';

  override up(): void | Promise<void> {
    this.addSql(`alter table "app"."shop_sync" drop column "backfill_page_token";`);
    this.addSql(`alter table "app"."shop_sync" add "backfill_windows" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app"."shop_sync" drop column "backfill_windows";`);
    this.addSql(`alter table "app"."shop_sync" add "backfill_page_token" text null;`);
  }

}
