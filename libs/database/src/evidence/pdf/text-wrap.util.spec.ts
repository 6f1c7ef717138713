import fc from 'fast-check';
import { breakPieces, wrapText } from './text-wrap.util';

/** Every character 1 point wide, CJK 2: wide enough to reason about by hand. */
const measure = (text: string): number => Array.from(text).reduce((width, char) => width + (/[\u2e80-\u9fff\uff00-\uffef]/u.test(char) ? 2 : 1), 0);

describe('breakPieces', () => {
  it.each([
    ['售后服务', ['售', '后', '服', '务']],
    ['回访率，不低于', ['回', '访', '率，', '不', '低', '于']],
    ['（含）达标', ['（含）', '达', '标']],
    ['evidence/records/a.xlsx', ['evidence/', 'records/', 'a.', 'xlsx']],
    ['on time 90%', ['on ', 'time ', '90%']],
  ])('%s → %j', (text, pieces) => {
    expect(breakPieces(text)).toEqual(pieces);
  });
});

describe('wrapText', () => {
  it('breaks Chinese between characters, never before closing punctuation', () => {
    expect(wrapText('服务网点覆盖目标市场。', 8, measure)).toEqual(['服务网点', '覆盖目标', '市场。']);
    expect(wrapText('服务网点覆盖目标。', 8, measure)).toEqual(['服务网点', '覆盖目', '标。']);
  });

  it('breaks Latin at spaces and file paths at their separators, and cuts a word longer than the line', () => {
    expect(wrapText('at least ninety percent', 10, measure)).toEqual(['at least', 'ninety', 'percent']);
    expect(wrapText('evidence/records/requests.xlsx', 12, measure)).toEqual(['evidence/', 'records/', 'requests.', 'xlsx']);
    expect(wrapText('abcdefghijkl', 5, measure)).toEqual(['abcde', 'fghij', 'kl']);
  });

  it('keeps explicit line breaks and gives empty text one empty line', () => {
    expect(wrapText('a.xlsx\nb.xlsx', 100, measure)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(wrapText('', 10, measure)).toEqual(['']);
  });

  it('never loses or reorders a character (spaces aside) and never overflows the line', () => {
    const alphabet = fc.constantFrom(...Array.from('售后服务，。（）ab c/-_.x'));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((chars) => chars.join('')), fc.integer({ min: 2, max: 30 }), (text, width) => {
        const lines = wrapText(text, width, measure);
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        for (const line of lines) {
          // A glued piece (closing punctuation after a character) may be wider than a very narrow line.
          if (Array.from(line).length > 1) expect(measure(line)).toBeLessThanOrEqual(Math.max(width, 4));
        }
      }),
    );
  });
});
