import { Tag } from 'antd';
import { complaintLevelLabel, COMPLAINT_STATUS_LABELS, type ComplaintStatus } from '@stardesk/domain';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n/useLanguage';

const LEVEL_COLORS: Record<number, string> = { 1: 'blue', 2: 'orange', 3: 'red' };
const STATUS_COLORS: Record<ComplaintStatus, string> = { RECEIVED: 'blue', ACKNOWLEDGED: 'gold', CLOSED: 'default' };

/** "区域 (2级)": who handles the complaint now, coloured as it rises. */
export function EscalationTag({ level }: { level: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Tag color={LEVEL_COLORS[level] ?? 'default'} data-testid="escalation-level">
      {t('ops.complaints.level', { label: complaintLevelLabel(level, language), level })}
    </Tag>
  );
}

export function ComplaintStatusTag({ status }: { status: ComplaintStatus }) {
  const { language } = useLanguage();
  return <Tag color={STATUS_COLORS[status]}>{COMPLAINT_STATUS_LABELS[status][language]}</Tag>;
}

export function SeverityTag({ severity }: { severity: 'MAJOR' | 'NORMAL' }) {
  const { t } = useTranslation();
  return <Tag color={severity === 'MAJOR' ? 'volcano' : 'default'}>{t(`ops.complaints.severity.${severity}`)}</Tag>;
}
