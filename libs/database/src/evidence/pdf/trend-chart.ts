import type { KpiUnit } from '@stardesk/domain';
import { CJK_FONT } from './cjk-font';
import { bands, labelStride, valueScale, yOf } from './chart-scale.util';
import { formatAxisValue } from './kpi-format.util';
import type { PdfDoc } from './pdf-document';
import { ACCENT, INK, MUTED, RULE } from './pdf-writer';

const TARGET_COLOUR = '#c62828';

export interface TrendChartInput {
  /** Month labels (`2026-01`), one per point. */
  labels: readonly string[];
  values: readonly (number | null)[];
  unit: KpiUnit;
  /** Bars for volumes, a line for rates, durations and scores. */
  style: 'bar' | 'line';
  target: number | null;
  /** The KPI's range, so a rate's axis stops at 100 %. */
  range: { min: number; max: number | null };
  /** Caption under the chart (e.g. what the dashed line means). */
  legend: string;
}

/**
 * A monthly trend drawn as vector graphics in the box (x, y, width, height): value axis with round
 * ticks and gridlines on the left, month labels underneath (thinned out when they would overlap),
 * bars or a line with points (an empty month is a gap, never a zero), and the target as a dashed line.
 */
export function drawTrendChart(doc: PdfDoc, box: { x: number; y: number; width: number; height: number }, chart: TrendChartInput): void {
  const axisWidth = 40;
  const plot = { left: box.x + axisWidth, right: box.x + box.width - 6, top: box.y + 6, bottom: box.y + box.height - 28 };
  const scale = valueScale([...chart.values, chart.target], { tickCount: 5, bounds: chart.range });
  doc.save();
  doc.font(CJK_FONT.regular).fontSize(7);
  for (const tick of scale.ticks) {
    const y = yOf(scale, tick, plot.top, plot.bottom);
    doc.moveTo(plot.left, y).lineTo(plot.right, y).lineWidth(0.4).strokeColor(RULE).stroke();
    const label = formatAxisValue(tick, chart.unit, scale.step);
    doc.fillColor(MUTED).text(label, plot.left - 4 - doc.widthOfString(label), y - 4, { lineBreak: false });
  }
  doc.moveTo(plot.left, plot.top).lineTo(plot.left, plot.bottom).lineTo(plot.right, plot.bottom).lineWidth(0.7).strokeColor(INK).stroke();

  const { centres, width } = bands(chart.labels.length, plot.left, plot.right, chart.style === 'bar' ? 0.35 : 0);
  const stride = labelStride(chart.labels.length, centres.length > 1 ? centres[1]! - centres[0]! : plot.right - plot.left, doc.widthOfString('2026-12'));
  chart.labels.forEach((label, index) => {
    if (index % stride !== 0) return;
    doc.fillColor(MUTED).text(label, centres[index]! - doc.widthOfString(label) / 2, plot.bottom + 4, { lineBreak: false });
  });

  const zeroY = yOf(scale, Math.min(Math.max(0, scale.min), scale.max), plot.top, plot.bottom);
  if (chart.style === 'bar') {
    chart.values.forEach((value, index) => {
      if (value === null) return;
      const y = yOf(scale, value, plot.top, plot.bottom);
      doc.rect(centres[index]! - width / 2, Math.min(y, zeroY), width, Math.abs(zeroY - y)).fillColor(ACCENT).fill();
    });
  } else {
    drawLine(doc, chart.values.map((value, index) => (value === null ? null : { x: centres[index]!, y: yOf(scale, value, plot.top, plot.bottom) })));
  }

  if (chart.target !== null) {
    const y = yOf(scale, chart.target, plot.top, plot.bottom);
    doc.moveTo(plot.left, y).lineTo(plot.right, y).lineWidth(1).dash(4, { space: 3 }).strokeColor(TARGET_COLOUR).stroke().undash();
  }
  doc.fontSize(7).fillColor(MUTED).text(chart.legend, plot.left, plot.bottom + 15, { lineBreak: false });
  doc.restore();
}

/** Segments between consecutive points; a null breaks the line. Lone points still show as dots. */
function drawLine(doc: PdfDoc, points: readonly ({ x: number; y: number } | null)[]): void {
  let previous: { x: number; y: number } | null = null;
  for (const point of points) {
    if (point && previous) doc.moveTo(previous.x, previous.y).lineTo(point.x, point.y).lineWidth(1.4).strokeColor(ACCENT).stroke();
    previous = point;
  }
  for (const point of points) if (point) doc.circle(point.x, point.y, 2).fillColor(ACCENT).fill();
}
