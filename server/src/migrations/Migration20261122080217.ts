import { Migration } from '@mikro-orm/migrations';

export class Migration20261122080217 extends Migration {

  override name = 'Migration20261122080217';

  override up(): void | Promise<void> {
    this.addSql(`create index "package_tracking_number_upper_index" on "app"."package" (upper("tracking_number"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "app"."package_tracking_number_upper_index";`);
  }

}
