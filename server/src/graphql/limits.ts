import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection.js';

export const LIMITS = { maxDepth: 12, maxAliases: 30, maxCost: 25_000 } as const;

/** Rejects documents nested deeper than `max` fields (fragments followed, cycles cut by the spec's own rule). */
export function depthLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) deepest = Math.max(deepest, sel.selectionSet ? 1 + depthOf(sel.selectionSet, seen) : 1);
        else if (sel.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(sel.selectionSet, seen));
        else if (!seen.has(sel.name.value)) {
          const fragment = fragments.get(sel.name.value);
          deepest = Math.max(deepest, depthOf(fragment?.selectionSet, new Set([...seen, sel.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > max) context.reportError(new GraphQLError(`Query is ${depth} levels deep; the limit is ${max}.`, { nodes: [node] }));
      },
    };
  };
}

/** Rejects documents with more than `max` aliases, which would otherwise multiply work without nesting. */
export function aliasLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    let reported = false;
    return {
      Field(node) {
        if (!node.alias) return;
        aliases += 1;
        if (aliases > max && !reported) {
          reported = true;
          context.reportError(new GraphQLError(`Query uses more than ${max} aliases.`, { nodes: [node] }));
        }
      },
    };
  };
}

/**
 * Connection fields cost their children times the page size asked for (capped at the maximum: a larger
 * `first` is refused by the resolver with its own message); other lists, such as an order's lines,
 * count as five items.
 */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (typeof args.first === 'number' || field.type.toString().endsWith('Connection!')) {
    const first = typeof args.first === 'number' ? Math.min(Math.max(args.first, 1), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
    return 1 + childComplexity * first;
  }
  // A connection's own `nodes` and `edges` are its page: already counted by `first` above.
  if (field.name === 'nodes' || field.name === 'edges') return 1 + childComplexity;
  if (field.type.toString().startsWith('[')) return 1 + childComplexity * 5;
  return undefined;
};

/** The estimated cost of an operation; throws a client error when above the limit. */
export function assertCost(schema: GraphQLSchema, query: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) {
  const cost = getComplexity({ schema, query, operationName, variables, estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })] });
  if (cost > LIMITS.maxCost) {
    throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${LIMITS.maxCost}; ask for fewer items or fields.`, {
      extensions: { code: 'BAD_USER_INPUT', cost, limit: LIMITS.maxCost },
    });
  }
  return cost;
}
