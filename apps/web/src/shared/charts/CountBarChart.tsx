import { Bar, BarChart, CartesianGrid, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { CountRow } from './chart-row';

interface CountBarChartProps {
  rows: readonly CountRow[];
  /** Name of the figure in the tooltip, e.g. "Requests". */
  seriesName: string;
  /** Accessible name of the chart as a whole. */
  ariaLabel: string;
  /** Horizontal bars read better for long category labels (statuses); vertical for time (months). */
  layout?: 'months' | 'categories';
  height?: number;
  defaultColor?: string;
}

function ColouredBar(props: BarShapeProps) {
  const row = props.payload as CountRow | undefined;
  return <Rectangle {...props} fill={row?.color ?? props.fill} />;
}

/**
 * Bar chart of counts. The figures are also given as a visually hidden list, so screen readers get
 * the numbers rather than a picture.
 */
export function CountBarChart({
  rows,
  seriesName,
  ariaLabel,
  layout = 'months',
  height = 280,
  defaultColor = '#1677ff',
}: CountBarChartProps) {
  const horizontal = layout === 'categories';
  return (
    <figure className="sd-chart" aria-label={ariaLabel}>
      <div aria-hidden="true">
      <BarChart
        data={[...rows]}
        layout={horizontal ? 'vertical' : 'horizontal'}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 8, right: 16, bottom: 8, left: horizontal ? 8 : 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={!horizontal} vertical={horizontal} />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={88} interval={0} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={8} />
            <YAxis allowDecimals={false} width={40} />
          </>
        )}
        <Tooltip cursor={{ fillOpacity: 0.08 }} />
        <Bar
          dataKey="count"
          name={seriesName}
          fill={defaultColor}
          shape={ColouredBar}
          radius={horizontal ? [0, 4, 4, 0] : [4, 4, 0, 0]}
          maxBarSize={36}
          isAnimationActive={false}
        />
      </BarChart>
      </div>
      <ul className="sd-visually-hidden">
        {rows.map((row) => (
          <li key={row.key}>
            {row.label}: {row.count}
          </li>
        ))}
      </ul>
    </figure>
  );
}
