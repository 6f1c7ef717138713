import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGraphqlClient, requestHeaders } from './graphql-client';
import { OrganisationsDocument } from './organisation/graphql/organisations';

describe('requestHeaders', () => {
  it.each([
    ['ACME', 'zh-CN', { 'Accept-Language': 'zh-CN', 'X-Org-Code': 'ACME' }],
    ['ACME', 'en', { 'Accept-Language': 'en', 'X-Org-Code': 'ACME' }],
    [null, 'en', { 'Accept-Language': 'en' }],
    ['', 'zh-CN', { 'Accept-Language': 'zh-CN' }],
  ] as const)('org %j, language %s', (orgCode, language, expected) => {
    expect(requestHeaders(orgCode, language)).toEqual(expected);
  });
});

describe('createGraphqlClient', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends the organisation and the language current at request time', async () => {
    const fetchMock = vi.fn<typeof fetch>(
      async () =>
        new Response(JSON.stringify({ data: { organisations: [] } }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    let language: 'zh-CN' | 'en' = 'zh-CN';
    const client = createGraphqlClient({ orgCode: 'ACME', currentLanguage: () => language, url: 'http://test/graphql' });

    await client.query(OrganisationsDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    language = 'en';
    await client.query(OrganisationsDocument, {}, { requestPolicy: 'network-only' }).toPromise();

    const headersOf = (call: number): Headers => {
      return new Headers(fetchMock.mock.calls[call]?.[1]?.headers);
    };
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(headersOf(0).get('x-org-code')).toBe('ACME');
    expect(headersOf(0).get('accept-language')).toBe('zh-CN');
    expect(headersOf(1).get('accept-language')).toBe('en');
    expect(fetchMock.mock.calls[0]?.[1]?.method).toBe('POST');
  });
});
