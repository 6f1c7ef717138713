import { isValidPhone, maskPhone, normalisePhone } from './phone';

describe('phone numbers', () => {
  it.each(['13800138000', '138 0013 8000', '+86 138-0013-8000', '021-62345678', '0755 8888 6666', '01088886666123'])('accepts %s', (phone) => {
    expect(isValidPhone(phone)).toBe(true);
  });

  it.each(['12345', '12800138000', '1380013800', '2162345678', 'abc'])('refuses %s', (phone) => {
    expect(isValidPhone(phone)).toBe(false);
  });

  it('normalises separators and the country code away', () => {
    expect(normalisePhone('+86 138-0013 8000')).toBe('13800138000');
  });

  it('masks the middle digits as PIPL screens show them', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});
