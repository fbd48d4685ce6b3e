import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Names of the fields a query selects at `path` below the current field (e.g. `['nodes']` and
 * `['edges', 'node']` of a connection), with fragments followed. Lets a list query read only the
 * columns it will return.
 */
export function selectedFields(info: GraphQLResolveInfo, paths: string[][]): Set<string> {
  const out = new Set<string>();
  const fieldsOf = (set: SelectionSetNode | undefined): FieldNode[] => {
    if (!set) return [];
    return set.selections.flatMap((s) => {
      if (s.kind === Kind.FIELD) return [s];
      if (s.kind === Kind.INLINE_FRAGMENT) return fieldsOf(s.selectionSet);
      return fieldsOf(info.fragments[s.name.value]?.selectionSet);
    });
  };
  for (const path of paths) {
    let level = info.fieldNodes.flatMap((n) => fieldsOf(n.selectionSet));
    for (const name of path) level = level.filter((f) => f.name.value === name).flatMap((f) => fieldsOf(f.selectionSet));
    for (const f of level) out.add(f.name.value);
  }
  return out;
}
