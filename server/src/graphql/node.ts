// type-graphql reads decorator metadata through Reflect; load the polyfill before any type is declared.
import 'reflect-metadata';
import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType({
  description: 'An object with a global id, fetchable with `node(id:)`.',
  // node() tags what it returns with the type named in the global id.
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global id, e.g. `gid://consign/Order/42`. Opaque: do not parse it.' })
  id!: string;
}
