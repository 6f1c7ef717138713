import type { GraphQLFormattedError } from 'graphql';
import { Client, cacheExchange, makeResult, type Exchange, type Operation } from 'urql';
import { delay, filter, fromValue, map, mergeMap, pipe, share, takeUntil } from 'wonka';

export interface MockResponse {
  data?: Record<string, unknown> | null;
  errors?: GraphQLFormattedError[];
}

type Responder = (operationName: string, variables: Record<string, unknown>, operation: Operation) => MockResponse;

function operationName(operation: Operation): string {
  const definition = operation.query.definitions.find((node) => node.kind === 'OperationDefinition');
  return definition && 'name' in definition ? (definition.name?.value ?? '') : '';
}

/**
 * A real urql client (document cache included) whose transport answers from `respond`, so component
 * tests exercise the same hooks, cache and error handling as the app. Like the fetch exchange, it
 * answers on a later tick and drops operations torn down before then (urql subscribes once during
 * render and again in an effect).
 */
export function mockGraphqlClient(respond: Responder): Client {
  const transport: Exchange = () => (operations$) => {
    const shared$ = share(operations$);
    return pipe(
      shared$,
      filter((operation) => operation.kind === 'query' || operation.kind === 'mutation'),
      mergeMap((operation) =>
        pipe(
          fromValue(operation),
          delay(1),
          takeUntil(pipe(shared$, filter((other) => other.kind === 'teardown' && other.key === operation.key))),
          map(() => {
            const { data, errors } = respond(operationName(operation), (operation.variables ?? {}) as Record<string, unknown>, operation);
            return makeResult(operation, { data: data ?? null, ...(errors ? { errors } : {}) });
          }),
        ),
      ),
    );
  };
  return new Client({ url: 'http://test/graphql', exchanges: [cacheExchange, transport] });
}
