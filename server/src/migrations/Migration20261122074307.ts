import { Migration } from '@mikro-orm/migrations';

export class Migration20261122074307 extends Migration {

  override name = 'Migration20261122074307';

  override up(): void | Promise<void> {
    this.addSql(`alter table "app"."journal" add "entity_ids" int[] null;`);
    this.addSql(`create index "journal_entity_ids_index" on "app"."journal" using gin ("entity_ids");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "app"."journal_entity_ids_index";`);
    this.addSql(`alter table "app"."journal" drop column "entity_ids";`);
  }

}
