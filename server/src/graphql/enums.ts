// type-graphql reads decorator metadata through Reflect; load the polyfill before any type is declared.
import 'reflect-metadata';
import { registerEnumType } from 'type-graphql';

/** type-graphql wants an enum object; our enums are `as const` tuples shared with the entities. */
export function graphqlEnum<const T extends readonly string[]>(values: T, name: string, description?: string) {
  const obj = Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
  registerEnumType(obj, { name, description });
  return obj;
}
