import { contentDisposition } from './content-disposition.util';

describe('contentDisposition', () => {
  it('sends a Chinese name UTF-8 encoded with an ASCII stand-in', () => {
    expect(contentDisposition('故障照片 1.jpg')).toBe(`inline; filename="____ 1.jpg"; filename*=UTF-8''%E6%95%85%E9%9A%9C%E7%85%A7%E7%89%87%201.jpg`);
  });

  it('escapes quotes and the characters RFC 8187 reserves', () => {
    expect(contentDisposition(`a"b'(c).pdf`, 'attachment')).toBe(`attachment; filename="a_b'(c).pdf"; filename*=UTF-8''a%22b%27%28c%29.pdf`);
  });

  it('round-trips through decodeURIComponent', () => {
    const name = '签字服务单（王芳）#1.pdf';
    const encoded = contentDisposition(name).split("UTF-8''")[1]!;
    expect(decodeURIComponent(encoded)).toBe(name);
  });
});
