import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';
import { MAX_PAGE_SIZE } from '../pagination/keyset';

export interface QueryCost {
  depth: number;
  cost: number;
}

/**
 * Depth and cost of one operation, computed from the document before anything runs. Each field costs
 * 1; the fields under a field with a `first` (page size) argument count `first` times (default page
 * size when the argument is absent or a variable without value). Fragments are expanded; a fragment
 * cycle is refused by GraphQL validation before this runs.
 */
export function measureOperation(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): QueryCost {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const pageSize = (value: ValueNode | undefined): number => {
    if (!value) return 1;
    const raw = value.kind === Kind.INT ? Number(value.value) : value.kind === Kind.VARIABLE ? Number(variables[value.name.value]) : NaN;
    return Number.isFinite(raw) && raw > 0 ? Math.min(raw, MAX_PAGE_SIZE) : 20;
  };
  const walk = (selectionSet: SelectionSetNode | undefined, depth: number, seen: Set<string>): QueryCost => {
    if (!selectionSet) return { depth, cost: 0 };
    let maxDepth = depth;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const first = selection.arguments?.find((argument) => argument.name.value === 'first');
        const child = walk(selection.selectionSet, depth + 1, seen);
        maxDepth = Math.max(maxDepth, child.depth);
        cost += 1 + child.cost * (first ? pageSize(first.value) : 1);
      } else {
        const inner =
          selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : seen.has(selection.name.value) ? undefined : fragments.get(selection.name.value)?.selectionSet;
        const next = selection.kind === Kind.FRAGMENT_SPREAD ? new Set([...seen, selection.name.value]) : seen;
        const child = walk(inner, depth, next);
        maxDepth = Math.max(maxDepth, child.depth);
        cost += child.cost;
      }
    }
    return { depth: maxDepth, cost };
  };
  return walk(operation.selectionSet, 0, new Set());
}
