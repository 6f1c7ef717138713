import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '../kpi-chart.util';

interface KpiTrendChartProps {
  /** Whole numbers only on the axis (a count). */
  integers?: boolean;
  points: readonly TrendPoint[];
  seriesName: string;
  /** The target line, in the chart's units. */
  target: number | null;
  targetLabel: string;
  formatValue: (value: number) => string;
  onOpen: (point: TrendPoint) => void;
  height?: number;
}

/**
 * A KPI per calendar bucket; buckets without a figure leave a gap. A click anywhere over a bucket opens
 * its records; keyboard and screen-reader users get the same through the list beside the chart.
 */
export function KpiTrendChart({ integers = false, points, seriesName, target, targetLabel, formatValue, onOpen, height = 280 }: KpiTrendChartProps) {
  return (
    <div aria-hidden="true" className="sd-kpi-chart">
      <LineChart
        data={[...points]}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 16, right: 16, bottom: 8, left: 0 }}
        accessibilityLayer={false}
        onClick={(state) => {
          const index = Number(state.activeTooltipIndex ?? state.activeIndex);
          const point = Number.isInteger(index) ? points[index] : undefined;
          if (point) onOpen(point);
        }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={12} />
        <YAxis width={48} allowDecimals={!integers} />
        <Tooltip formatter={(value) => (typeof value === 'number' ? formatValue(value) : String(value ?? ''))} />
        {target !== null ? <ReferenceLine y={target} stroke="#d46b08" strokeDasharray="6 4" ifOverflow="extendDomain" label={{ value: targetLabel, position: 'insideTopRight', fill: '#ad4e00', fontSize: 12 }} /> : null}
        <Line type="linear" dataKey="value" name={seriesName} stroke="#1677ff" strokeWidth={2} connectNulls={false} isAnimationActive={false} dot={{ r: 3 }} activeDot={{ r: 6, cursor: 'pointer' }} />
      </LineChart>
    </div>
  );
}
