/** The width of a string in points, in the font and size the caller will draw it with. */
export type MeasureText = (text: string) => number;

/** Ideographs, kana, hangul and full-width forms: a line may break before or after any of them. */
const BREAK_ANYWHERE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;
/** Closing punctuation never starts a line (kinsoku): ，。、；：！？）》」』】 and their Latin kin. */
const NO_LINE_START = /^[，。、；：！？）》」』】〕,.;:!?)\]}%]/u;
/** Opening punctuation never ends a line. */
const NO_LINE_END = /[（《「『【〔([{]$/u;

/**
 * Splits text into pieces a line may break between: a CJK character is a piece of its own, Latin
 * runs break after spaces and after `/ - _ .` (so file paths wrap at their separators).
 */
export function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const char of Array.from(text)) {
    const cjk = BREAK_ANYWHERE.test(char);
    if (cjk && current) {
      pieces.push(current);
      current = '';
    }
    current += char;
    if (cjk || char === ' ' || char === '/' || char === '-' || char === '_' || char === '.') {
      pieces.push(current);
      current = '';
    }
  }
  if (current) pieces.push(current);
  // Glue closing punctuation to the piece before it and opening punctuation to the piece after it.
  const glued: string[] = [];
  for (const piece of pieces) {
    const previous = glued.at(-1);
    if (previous !== undefined && (NO_LINE_START.test(piece) || NO_LINE_END.test(previous))) glued[glued.length - 1] = previous + piece;
    else glued.push(piece);
  }
  return glued;
}

/** A piece wider than a whole line is cut character by character. */
function cutToWidth(piece: string, width: number, measure: MeasureText): string[] {
  const parts: string[] = [];
  let current = '';
  let currentWidth = 0;
  for (const char of Array.from(piece)) {
    const charWidth = measure(char);
    if (current && currentWidth + charWidth > width) {
      parts.push(current);
      current = '';
      currentWidth = 0;
    }
    current += char;
    currentWidth += charWidth;
  }
  if (current) parts.push(current);
  return parts;
}

/**
 * The lines `text` takes in a column `width` points wide: explicit newlines are kept, Chinese breaks
 * between characters (never before closing punctuation), Latin at spaces and path separators, and a
 * word longer than the column is cut. Trailing spaces are dropped from each line. Empty text is one
 * empty line, so every cell has a height.
 */
export function wrapText(text: string, width: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    // The width of `line` as the sum of its pieces' widths: measuring pieces (few, and repeated) rather
    // than every growing line keeps long lists fast; kerning between pieces is within the cell padding.
    let lineWidth = 0;
    for (const piece of breakPieces(paragraph)) {
      const pieceWidth = measure(piece.trimEnd());
      if (lineWidth + pieceWidth <= width) {
        line += piece;
        lineWidth += measure(piece);
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      if (pieceWidth <= width) {
        line = piece;
        lineWidth = measure(piece);
        continue;
      }
      const parts = cutToWidth(piece.trimEnd(), width, measure);
      lines.push(...parts.slice(0, -1));
      line = parts.at(-1) ?? '';
      lineWidth = measure(line);
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
