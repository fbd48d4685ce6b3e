// type-graphql reads decorator metadata through Reflect; load the polyfill before any type is declared.
import 'reflect-metadata';
import { Field, ObjectType } from 'type-graphql';
import { graphqlEnum } from './enums.js';

/**
 * An expected failure of a mutation, returned in its payload (Shopify-style `userErrors`): `code` is from
 * an enum per mutation family, `field` is the input path it concerns, `message` is for people.
 */
export interface UserErrorShape<C extends string> {
  code: C;
  field: string[] | null;
  message: string;
}

export function UserErrorType<const C extends readonly string[]>(name: string, codes: C) {
  const CodeEnum = graphqlEnum(codes, `${name}Code`);
  @ObjectType(name, { simpleResolvers: true })
  class UserError implements UserErrorShape<C[number]> {
    @Field(() => CodeEnum)
    code!: C[number];

    @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, if any.' })
    field!: string[] | null;

    @Field(() => String)
    message!: string;
  }
  return UserError;
}

export function userError<C extends string>(code: C, message: string, field?: string[]): UserErrorShape<C> {
  return { code, message, field: field ?? null };
}
