import { Migration } from '@mikro-orm/migrations';

export class Migration20261122084640 extends Migration {

  override name = 'Migration20261122084640';

  override up(): void | Promise<void> {
    this.addSql(`alter table "app"."shipping_push" drop constraint "shipping_push_package_id_foreign";`);

    this.addSql(`alter table "app"."shipping_push" alter column "package_id" drop not null;`);
    this.addSql(`alter table "app"."shipping_push" add constraint "shipping_push_package_id_foreign" foreign key ("package_id") references "app"."package" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app"."shipping_push" drop constraint "shipping_push_package_id_foreign";`);

    this.addSql(`alter table "app"."shipping_push" alter column "package_id" set not null;`);
    this.addSql(`alter table "app"."shipping_push" add constraint "shipping_push_package_id_foreign" foreign key ("package_id") references "app"."package" ("id") on delete cascade;`);
  }

}
