import { Field, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../graphql/enums.js';
import { JOURNAL_SOURCES, type JournalSource } from './journal.entity.js';

export const ChangeSourceEnum = graphqlEnum(JOURNAL_SOURCES, 'ChangeSource', 'Where a change came from.');

@ObjectType({ simpleResolvers: true, description: 'One entry of the change journal.' })
export class ChangeEvent {
  @Field(() => Int, { description: 'Resume a subscription with afterSeq set to the last seq you processed.' }) seq!: number;
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: 'e.g. ORDER_CREATED, ORDER_STATUS_CHANGED, ORDERS_IMPORTED, SHOP_CONNECTED, BACKFILL_PROGRESS.' }) kind!: string;
  @Field(() => ChangeSourceEnum) source!: JournalSource;
  @Field(() => String, { nullable: true }) actor!: string | null;
  @Field(() => String, { nullable: true, description: 'Status before, when the status changed.' }) from!: string | null;
  @Field(() => String, { nullable: true }) to!: string | null;
}
