import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/i18n/useLanguage';
import { countdownOf, formatMinutes } from '../countdown.util';

const TONE_COLORS = { ok: 'green', soon: 'gold', overdue: 'red' } as const;

/** "剩余 2小时5分钟" in green / amber, "超时 1天3小时" in red; the exact due time in the tooltip. */
export function CountdownTag({ dueAt, now }: { dueAt: string; now: Date }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { minutes, tone } = countdownOf(dueAt, now);
  const span = formatMinutes(minutes, language);
  const text = tone === 'overdue' ? t('ops.countdown.overdue', { span }) : t('ops.countdown.left', { span });
  return (
    <Tag
      color={TONE_COLORS[tone]}
      icon={tone === 'overdue' ? <ExclamationCircleOutlined aria-hidden /> : <ClockCircleOutlined aria-hidden />}
      title={t('ops.countdown.dueAt', { at: new Date(dueAt).toLocaleString(language) })}
      data-tone={tone}
    >
      {text}
    </Tag>
  );
}
