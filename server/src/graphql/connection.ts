// type-graphql reads decorator metadata through Reflect; load the polyfill before any type is declared.
import 'reflect-metadata';
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadRequestError } from '../platform/errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  /** Computed only when asked for. */
  totalCount?: () => Promise<number>;
  cursorOf: (node: T) => string;
}

/** Relay connection type for a node type: `edges { cursor node }`, `nodes`, `pageInfo`, `totalCount`. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge])
    edges(): Edge[] {
      const page = this as unknown as Page<T>;
      return page.nodes.map((node) => ({ node, cursor: page.cursorOf(node) }));
    }

    @Field(() => [nodeType])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Total matching the filter; costs a count query, ask only when shown.' })
    totalCount(): Promise<number> {
      const page = this as unknown as Page<T>;
      return page.totalCount ? page.totalCount() : Promise.resolve(page.nodes.length);
    }
  }
  return ConnectionType;
}

/** Validates `first`; the cap keeps the cost of a list query bounded. */
export function pageSize(first: number | null | undefined): number {
  const n = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE) {
    throw new BadRequestError(`first must be between 0 and ${MAX_PAGE_SIZE}.`);
  }
  return n;
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity) return values;
  } catch {
    // fall through to the error below
  }
  throw new BadRequestError('after is not a cursor from this list.');
}
