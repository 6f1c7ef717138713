import { describe, expect, it } from 'vitest';
import { chooseOrganisation } from './organisation-choice.util';

const acme = { code: 'ACME' };
const star = { code: 'STAR' };

describe('chooseOrganisation', () => {
  it.each([
    { name: 'remembered and offered', list: [acme, star], stored: 'STAR', expected: star },
    { name: 'nothing remembered → first', list: [acme, star], stored: null, expected: acme },
    { name: 'remembered but gone → first', list: [acme, star], stored: 'GONE', expected: acme },
    { name: 'no organisations', list: [], stored: 'ACME', expected: null },
  ])('$name', ({ list, stored, expected }) => {
    expect(chooseOrganisation(list, stored)).toBe(expected);
  });
});
