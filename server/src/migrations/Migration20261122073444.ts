import { Migration } from '@mikro-orm/migrations';

export class Migration20261122073444 extends Migration {

  override name = 'Migration20261122073444';

  override up(): void | Promise<void> {
    this.addSql(`create table "app"."idempotency_key" ("id" bigserial primary key, "scope" varchar(255) not null, "operation" varchar(255) not null, "key" varchar(255) not null, "request_hash" varchar(255) not null, "outcome" jsonb null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "app"."idempotency_key" add constraint "idempotency_key_scope_operation_key_unique" unique ("scope", "operation", "key");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "app"."idempotency_key" cascade;`);
  }

}
