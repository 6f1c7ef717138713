import { maskPhone } from '../common/phone';
import { maskAddress } from './pii-mask';
import { passwordPolicyErrors } from './password-policy';

describe('maskPhone', () => {
  it('keeps the first three and last four digits of a mobile number', () => expect(maskPhone('13812345678')).toBe('138****5678'));
});

describe('maskAddress', () => {
  it('keeps the city and district only', () => expect(maskAddress('上海市浦东新区张江路88号')).toBe('上海市浦东新区****'));
  it('masks an address without district markers', () => expect(maskAddress('Flat 3, 12 High Street')).toBe('Flat 3****'));
});

describe('passwordPolicyErrors', () => {
  it('accepts a long password with letters and digits', () => expect(passwordPolicyErrors('correct-horse-42', 'wang')).toEqual([]));
  it('names every broken rule', () =>
    expect(passwordPolicyErrors('wang', 'wang').map((error) => error.code)).toEqual(['passwordTooShort', 'passwordTooWeak', 'passwordContainsLogin']));
  it('requires a password', () => expect(passwordPolicyErrors('', 'wang')).toEqual([{ field: 'password', code: 'required' }]));
});
