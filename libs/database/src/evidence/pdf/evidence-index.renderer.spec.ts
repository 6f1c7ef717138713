import { DEFAULT_INDICATOR_CATALOG } from '@stardesk/domain';
import { anEvidenceIndex } from '../../../../../tools/testing/evidence-index.factory';
import { pdfText } from '../../../../../tools/testing/pdf-text';
import { renderEvidenceIndexPdf } from './evidence-index.renderer';

/** Text as pdf.js reads it, without the line breaks and spaces a wrapped cell puts between characters. */
// Parsing the 8 MB fonts and reading PDFs back in a child process take seconds on a busy machine.
jest.setTimeout(60_000);

const squeezed = (text: string): string => text.replace(/\s+/g, '');

describe('renderEvidenceIndexPdf', () => {
  it('writes the cover, every indicator with its Chinese name, the criteria and their evidence files, and the file list', async () => {
    const model = anEvidenceIndex().build();
    const pdf = await renderEvidenceIndexPdf(model, 'zh-CN');
    const { text, pages, info } = await pdfText(pdf);
    const flat = squeezed(text);
    expect(flat).toContain(squeezed('售后服务认证证据包 · 索引'));
    expect(flat).toContain('星辰家电服务有限公司（ACME）');
    expect(flat).toContain('91.25');
    expect(flat).toContain('四星级★★★★');
    expect(flat).toContain('已签核（冻结）');
    for (const indicator of DEFAULT_INDICATOR_CATALOG.indicators) expect(flat).toContain(squeezed(`${indicator.key} ${indicator.nameZh}`));
    for (const criterion of DEFAULT_INDICATOR_CATALOG.indicators.flatMap((indicator) => indicator.criteria)) {
      expect(flat).toContain(squeezed(criterion.key));
      expect(flat).toContain(squeezed(`evidence/${criterion.key}/记录-1.xlsx`));
    }
    expect(flat).toContain('不符合');
    expect(flat).toContain('得分概览');
    expect(flat).toContain('售后服务体系（40分）');
    expect(pages).toBeGreaterThan(3);
    expect(info).toMatchObject({ Title: expect.stringContaining('星辰家电服务有限公司') });
    // The fonts are subsets: the whole of Noto Sans SC is about 8 MB.
    expect(pdf.length).toBeLessThan(400_000);
    // pdf.js read the Chinese back through the fonts' ToUnicode maps, which pdfkit writes for every subset.
    expect(pdf.toString('latin1')).toContain('/ToUnicode');
  });

  it('speaks English when asked, keeping the Chinese indicator names beside the English ones', async () => {
    const { text } = await pdfText(await renderEvidenceIndexPdf(anEvidenceIndex().withCover({ signedOff: false, score: null, grade: null }).build(), 'en'));
    expect(text).toContain('Indicators, criteria and evidence');
    expect(text).toContain('live figures (not signed off)');
    expect(text).toContain('not scored');
    expect(squeezed(text)).toContain(squeezed(`${DEFAULT_INDICATOR_CATALOG.indicators[0]!.nameEn} · ${DEFAULT_INDICATOR_CATALOG.indicators[0]!.nameZh}`));
  });

  it('gives the same bytes for the same model (dates from the cover, fixed document ID)', async () => {
    const model = anEvidenceIndex().build();
    const [first, second] = [await renderEvidenceIndexPdf(model, 'zh-CN'), await renderEvidenceIndexPdf(model, 'zh-CN')];
    expect(first.equals(second)).toBe(true);
    const other = await renderEvidenceIndexPdf(anEvidenceIndex().withCover({ generatedAt: '2026-07-03T08:30:00.000Z' }).build(), 'zh-CN');
    expect(other.equals(first)).toBe(false);
  });

  it('paginates many criteria with long Chinese text and many files without losing a line', async () => {
    const long = (name: string): string => `${name}：${'检查售后服务记录的完整性、及时性与真实性，并核对原始单据。'.repeat(6)}`;
    const model = anEvidenceIndex().withFilesPerCriterion(40).withCriterionText(long).build();
    const { text, pages } = await pdfText(await renderEvidenceIndexPdf(model, 'zh-CN'));
    const short = await pdfText(await renderEvidenceIndexPdf(anEvidenceIndex().build(), 'zh-CN'));
    expect(pages).toBeGreaterThan(short.pages * 3);
    const flat = squeezed(text);
    for (const criterion of DEFAULT_INDICATOR_CATALOG.indicators.flatMap((indicator) => indicator.criteria)) {
      expect(flat).toContain(squeezed(`evidence/${criterion.key}/记录-40.xlsx`));
    }
    const occurrences = flat.split('并核对原始单据。').length - 1;
    expect(occurrences).toBe(6 * DEFAULT_INDICATOR_CATALOG.indicators.flatMap((indicator) => indicator.criteria).length);
  }, 60_000);
});
