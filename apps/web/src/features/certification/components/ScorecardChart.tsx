import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { scorecardBars } from '../certification.util';
import type { LoadedAssessment } from '../assessment-change';

/**
 * The 15 indicators as stacked bars: earned, lost and excluded points making up each indicator's
 * points. The figures are repeated in a visually hidden list for screen readers (and in the table).
 */
export function ScorecardChart({ indicators }: { indicators: LoadedAssessment['indicators'] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const bars = scorecardBars(indicators, language);
  return (
    <Card className="sd-section" title={t('certification.scorecard.chartTitle')}>
      <figure className="sd-chart" aria-label={t('certification.scorecard.chartDescription')} data-testid="scorecard-chart">
        <div aria-hidden="true">
          <BarChart data={bars} layout="vertical" responsive style={{ width: '100%', height: Math.max(360, bars.length * 28) }} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals />
            <YAxis type="category" dataKey="name" width={language === 'en' ? 150 : 96} interval={0} tick={{ fontSize: 12 }} />
            <Tooltip cursor={{ fillOpacity: 0.08 }} />
            <Legend />
            <Bar dataKey="earned" stackId="points" name={t('certification.scorecard.earned')} fill="#52c41a" isAnimationActive={false} />
            <Bar dataKey="lost" stackId="points" name={t('certification.scorecard.lost')} fill="#ff4d4f" isAnimationActive={false} />
            <Bar dataKey="excluded" stackId="points" name={t('certification.scorecard.excluded')} fill="#d9d9d9" isAnimationActive={false} />
          </BarChart>
        </div>
        <ul className="sd-visually-hidden">
          {bars.map((bar) => (
            <li key={bar.key}>
              {bar.name}: {t('certification.scorecard.earned')} {bar.earned}, {t('certification.scorecard.lost')} {bar.lost}, {t('certification.scorecard.excluded')} {bar.excluded} / {bar.max}
            </li>
          ))}
        </ul>
      </figure>
    </Card>
  );
}
