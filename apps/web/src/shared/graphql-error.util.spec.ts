import type { TFunction } from 'i18next';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { describeGraphqlError, serverFieldErrorsOf } from './graphql-error.util';

const t = ((key: string) => `t:${key}`) as unknown as TFunction;

function badUserInput(fieldErrors: unknown): CombinedError {
  return new CombinedError({
    graphQLErrors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fieldErrors } }],
  });
}

describe('serverFieldErrorsOf', () => {
  it('returns the field errors of a BAD_USER_INPUT error', () => {
    const errors = [
      { field: 'customerPhone', code: 'invalidPhone', message: '请输入有效的手机号或固定电话' },
      { field: 'outletId', code: 'notFound', message: '所选记录不存在' },
    ];
    expect(serverFieldErrorsOf(badUserInput(errors))).toEqual(errors);
  });

  it('drops malformed entries', () => {
    const good = { field: 'type', code: 'required', message: '必填项' };
    expect(serverFieldErrorsOf(badUserInput([good, { field: 'x' }, null, 'oops']))).toEqual([good]);
  });

  it.each([
    ['no error', undefined],
    ['another error code', new CombinedError({ graphQLErrors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] })],
    ['BAD_USER_INPUT without field errors', badUserInput(undefined)],
    ['network error', new CombinedError({ networkError: new Error('offline') })],
  ])('%s → null', (_, error) => {
    expect(serverFieldErrorsOf(error)).toBeNull();
  });
});

describe('describeGraphqlError', () => {
  it('uses the server message', () => {
    const error = new CombinedError({ graphQLErrors: [{ message: '组织不存在' }] });
    expect(describeGraphqlError(error, t)).toBe('组织不存在');
  });

  it('explains network failures in the UI language', () => {
    expect(describeGraphqlError(new CombinedError({ networkError: new Error('Failed to fetch') }), t)).toBe('t:common.networkError');
  });

  it('falls back to a generic message', () => {
    expect(describeGraphqlError(new CombinedError({ graphQLErrors: [{ message: ' ' }] }), t)).toBe('t:common.unknownError');
  });
});
