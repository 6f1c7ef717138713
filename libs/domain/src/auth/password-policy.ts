import type { FieldError } from '../common/field-error';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Password policy (checked when a password is set, never at sign-in): at least 10 characters, at most
 * 128, letters and digits, and not the login inside it. Length beats symbol rules (NIST SP 800-63B).
 */
export function passwordPolicyErrors(password: string | null | undefined, login: string, field = 'password'): FieldError[] {
  if (!password) return [{ field, code: 'required' }];
  const errors: FieldError[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) errors.push({ field, code: 'passwordTooShort', params: { min: PASSWORD_MIN_LENGTH } });
  if (password.length > PASSWORD_MAX_LENGTH) errors.push({ field, code: 'tooLong', params: { max: PASSWORD_MAX_LENGTH } });
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) errors.push({ field, code: 'passwordTooWeak' });
  if (login.length >= 3 && password.toLowerCase().includes(login.toLowerCase())) errors.push({ field, code: 'passwordContainsLogin' });
  return errors;
}
