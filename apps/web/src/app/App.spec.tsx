import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { createI18n } from './i18n/i18n';
import { LANGUAGE_STORAGE_KEY } from './i18n/language-preference.util';
import { ORGANISATION_STORAGE_KEY } from './organisation/organisation-choice.util';

interface SentRequest {
  operationName: string;
  headers: Headers;
}

const ORGANISATIONS = [
  { __typename: 'Organisation', id: 'org-1', code: 'ACME', name: '星辰家电', timeZone: 'Asia/Shanghai' },
  { __typename: 'Organisation', id: 'org-2', code: 'STAR', name: '北辰电器', timeZone: 'Asia/Shanghai' },
];

/** The refresh cookie restores a session on load: a dispatcher of ACME (whose home is the request overview). */
const SESSION = {
  accessToken: 'token-1',
  accessTokenExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
  user: { login: 'disp01', name: '王调度', role: 'DISPATCHER', organisation: { code: 'ACME', name: '星辰家电' }, outlets: [] },
};

function stubApi(): SentRequest[] {
  const sent: SentRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async (_url, init) => {
      const body = JSON.parse(String(init?.body)) as { operationName: string; query: string };
      if (body.query.includes('refreshSession')) return new Response(JSON.stringify({ data: { refreshSession: SESSION } }), { status: 200, headers: { 'Content-Type': 'application/json' } });
      sent.push({ operationName: body.operationName, headers: new Headers(init?.headers) });
      const data =
        body.operationName === 'Organisations'
          ? { organisations: ORGANISATIONS }
          : { serviceRequestStats: { __typename: 'ServiceRequestStats', total: 0, byStatus: [], byMonth: [] } };
      return new Response(JSON.stringify({ data }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
  return sent;
}

// Signing in (the refresh cookie) and the lazy pages take a few moments on a busy machine.
describe('App', { timeout: 60_000 }, () => {
  beforeEach(() => {
    localStorage.clear();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('lists organisations without an organisation header, then scopes every request to the remembered one', async () => {
    localStorage.setItem(ORGANISATION_STORAGE_KEY, 'STAR');
    const sent = stubApi();
    render(<App i18n={createI18n('zh-CN')} />);

    expect(await screen.findByText('近 12 个月没有工单', {}, { timeout: 10_000 })).toBeTruthy();
    const organisations = sent.find((request) => request.operationName === 'Organisations');
    const stats = sent.find((request) => request.operationName === 'ServiceRequestStats');
    expect(organisations?.headers.get('x-org-code')).toBeNull();
    expect(organisations?.headers.get('accept-language')).toBe('zh-CN');
    expect(stats?.headers.get('x-org-code')).toBe('STAR');
    expect(stats?.headers.get('authorization')).toBe('Bearer token-1');
    expect(screen.getByRole('button', { name: '当前组织: 北辰电器' })).toBeTruthy();
  });

  it('switches the whole UI and the API language, and remembers the choice', async () => {
    const sent = stubApi();
    render(<App i18n={createI18n('zh-CN')} />);
    await screen.findByText('近 12 个月没有工单', {}, { timeout: 10_000 });
    expect(document.documentElement.lang).toBe('zh-CN');

    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));

    expect(await screen.findByText('No requests in the last 12 months', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    // The first organisation is the default; the next request carries the new language.
    // jsdom matches no media query, so this is the phone layout: navigation sits in a drawer.
    fireEvent.click(screen.getByRole('button', { name: 'Open navigation menu' }));
    fireEvent.click(await screen.findByRole('link', { name: 'Service requests' }, { timeout: 10_000 }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Service requests' }, { timeout: 10_000 })).toBeTruthy();
    await waitFor(() => expect(sent.some((request) => request.headers.get('accept-language') === 'en')).toBe(true));
    expect(sent.filter((request) => request.operationName !== 'Organisations').every((request) => request.headers.get('x-org-code') === 'ACME')).toBe(true);
  });
});
