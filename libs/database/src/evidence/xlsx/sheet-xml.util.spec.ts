import { columnName, escapeXml, rowXml } from './sheet-xml.util';

describe('sheet XML', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('names column %i %s', (index, name) => {
    expect(columnName(index)).toBe(name);
  });

  it('escapes markup and drops what XML 1.0 cannot hold, keeping pairs of surrogates', () => {
    expect(escapeXml('a&b<c>"d"')).toBe('a&amp;b&lt;c&gt;&quot;d&quot;');
    expect(escapeXml('x\u0000y\u001Fz\tw\n')).toBe('xyz\tw\n');
    expect(escapeXml('好评😀')).toBe('好评😀');
    expect(escapeXml('lone\uD83D')).toBe('lone');
    const plain = '普通文本 plain';
    expect(escapeXml(plain)).toBe(plain);
  });

  it('writes a row of inline strings, leaving out blank cells and keeping spaces at the ends', () => {
    expect(rowXml(3, ['SR-1', '', ' a '])).toBe(
      '<row r="3"><c r="A3" t="inlineStr"><is><t>SR-1</t></is></c><c r="C3" t="inlineStr"><is><t xml:space="preserve"> a </t></is></c></row>',
    );
  });
});
