import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import type { Locale } from '@stardesk/domain';
import { currentAccessToken, refreshSession } from './auth/session';

export const GRAPHQL_PATH = '/graphql';

/**
 * Headers every request carries: the organisation the data belongs to (omitted for the
 * organisation list itself, which needs none) and the UI language, which the API uses for its
 * error messages.
 */
export function requestHeaders(orgCode: string | null, language: Locale): Record<string, string> {
  const headers: Record<string, string> = { 'Accept-Language': language };
  if (orgCode) headers['X-Org-Code'] = orgCode;
  // The signed-in user's access token (kept fresh by auth/session.ts through the httpOnly cookie):
  // GraphQL and the REST routes (attachments, service sheets) alike.
  const token = currentAccessToken();
  if (token) headers['Authorization'] = `Bearer ${token}`;
  return headers;
}

export interface GraphqlClientOptions {
  /** Organisation whose data this client reads; null for the organisation-free client. */
  orgCode: string | null;
  /** Read at request time, so a language switch applies to the next request without a new client. */
  currentLanguage: () => Locale;
  url?: string;
}

/**
 * One client per organisation: switching organisation starts from an empty cache, so no result of
 * one tenant can ever be shown under another.
 */
export function createGraphqlClient({ orgCode, currentLanguage, url = GRAPHQL_PATH }: GraphqlClientOptions): Client {
  return new Client({
    url,
    // An expired or revoked session: try the refresh cookie; if that fails too, the sign-in page shows.
    exchanges: [
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((graphqlError) => graphqlError.extensions['code'] === 'UNAUTHENTICATED')) void refreshSession(currentLanguage());
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
    // POST only: GET queries would be refused by the API's CSRF protection (no preflight header).
    preferGetMethod: false,
    fetchOptions: () => ({ headers: requestHeaders(orgCode, currentLanguage()) }),
  });
}
