import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { measureOperation } from './query-cost';

function measure(query: string, variables: Record<string, unknown> = {}): { depth: number; cost: number } {
  const document = parse(query);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  return measureOperation(document, operation, variables);
}

describe('measureOperation', () => {
  it('counts nesting depth and one per field', () => {
    expect(measure('{ a { b { c } } d }')).toEqual({ depth: 3, cost: 4 });
  });

  it('multiplies what is under a paged field by its page size (literal or variable, capped at the page-size limit)', () => {
    expect(measure('{ list(first: 10) { edges { node { id name } } } }')).toEqual({ depth: 4, cost: 1 + 10 * 4 });
    expect(measure('query Q($n: Int!) { list(first: $n) { id } }', { n: 50 }).cost).toBe(51);
    expect(measure('{ list(first: 100000) { id } }').cost).toBe(101);
  });

  it('expands fragments and inline fragments', () => {
    expect(measure('{ a { ...F ... on T { z } } } fragment F on T { x { y } }')).toEqual({ depth: 3, cost: 1 + 2 + 1 });
  });
});
