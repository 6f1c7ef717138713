import { KPI_CATALOG } from '@stardesk/domain';
import { aKpiReport } from '../../../../../tools/testing/kpi-report.factory';
import { pdfText } from '../../../../../tools/testing/pdf-text';
import { renderKpiReportPdf } from './kpi-report.renderer';

// Parsing the 8 MB fonts and reading PDFs back in a child process take seconds on a busy machine.
jest.setTimeout(60_000);

const squeezed = (text: string): string => text.replace(/\s+/g, '');

describe('renderKpiReportPdf', () => {
  it('names every KPI in Chinese with its target, period figure and months, and the outlets', async () => {
    const pdf = await renderKpiReportPdf(aKpiReport().withEmptyMonth('2026-03').build(), 'zh-CN');
    const { text } = await pdfText(pdf);
    const flat = squeezed(text);
    expect(flat).toContain(squeezed('售后服务绩效指标报告'));
    for (const definition of KPI_CATALOG) expect(flat).toContain(definition.nameZh);
    expect(flat).toContain('≥90.0%（SYS.SUPV.1）');
    expect(flat).toContain('≤72.0小时（GOODS.REPAIR.4）');
    expect(flat).toContain('修复时长（90分位）');
    for (const month of ['2026-01', '2026-02', '2026-03', '2026-06']) expect(flat).toContain(month);
    expect(flat).toContain('上海浦东服务中心（SH01）');
    expect(flat).toContain('虚线：目标');
    expect(flat).toContain(squeezed('响应时限：紧急 30 分钟'));
    expect(pdf.length).toBeLessThan(600_000);
  });

  it('speaks English when asked', async () => {
    const { text } = await pdfText(await renderKpiReportPdf(aKpiReport().build(), 'en'));
    expect(text).toContain('Monthly trends');
    expect(text).toContain('KPIs by outlet');
    expect(squeezed(text)).toContain(squeezed('first-time fix · 一次修复率'));
  });

  it('gives the same bytes for the same model', async () => {
    const model = aKpiReport().build();
    const [first, second] = [await renderKpiReportPdf(model, 'zh-CN'), await renderKpiReportPdf(model, 'zh-CN')];
    expect(first.equals(second)).toBe(true);
  });

  it('draws a chart for a year of months and for a period with no data at all', async () => {
    const year = Array.from({ length: 12 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}`);
    const builder = aKpiReport().withMonths(year);
    for (const month of year) builder.withEmptyMonth(month);
    const { text } = await pdfText(await renderKpiReportPdf(builder.build(), 'zh-CN'));
    expect(squeezed(text)).toContain('本期无数据');
    expect(squeezed(text)).toContain('2026-12');
  });
});
