// type-graphql reads decorator metadata through Reflect; load the polyfill before any type is declared.
import 'reflect-metadata';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

export { DateTimeResolver as DateTimeScalar };

@ObjectType({ simpleResolvers: true, description: 'An amount of money: a decimal string, never a float, with its ISO 4217 currency.' })
export class Money {
  @Field(() => String, { description: 'Decimal string, e.g. "12.50".' })
  amount!: string;

  @Field(() => String)
  currency!: string;
}

export function money(amount: string | number | null | undefined, currency: string): Money | null {
  if (amount === null || amount === undefined || amount === '') return null;
  return { amount: String(amount), currency };
}
