import { describe, expect, it } from 'vitest';
import { navKeyOf } from './navigation';

describe('navKeyOf', () => {
  it.each([
    ['/', 'dashboard'],
    ['/requests', 'requests'],
    ['/requests/', 'requests'],
    ['/requests/new', 'newRequest'],
    ['/requests/new/', 'newRequest'],
    ['/requests/SR-2025-00001', 'requests'],
    ['/quality/documents', 'quality'],
    ['/requestsx', null],
    ['/complaints', 'complaints'],
    ['/complaints/c-1', 'complaints'],
    ['/return-visits', 'returnVisits'],
    ['/tech', 'technician'],
    ['/tech/jobs/sr-1', 'technician'],
    ['/technical', null],
    ['/unknown', null],
    ['/admin', 'admin'],
    ['/admin/imports', 'admin'],
    ['/administrator', null],
    ['/certification', 'certification'],
    ['/certification/a-1', 'certification'],
  ] as const)('%s → %s', (path, expected) => {
    expect(navKeyOf(path)).toBe(expected);
  });
});
