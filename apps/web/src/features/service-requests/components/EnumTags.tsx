import { Tag } from 'antd';
import type { Priority, RequestStatus, WarrantyStatus } from '@stardesk/domain';
import { useTranslation } from 'react-i18next';
import { PRIORITY_COLORS, STATUS_COLORS, WARRANTY_COLORS } from '../../../shared/enum-colors';

export function StatusTag({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`enums.status.${status}`)}</Tag>;
}

export function PriorityTag({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return <Tag color={PRIORITY_COLORS[priority]}>{t(`enums.priority.${priority}`)}</Tag>;
}

export function WarrantyTag({ warranty }: { warranty: WarrantyStatus }) {
  const { t } = useTranslation();
  return <Tag color={WARRANTY_COLORS[warranty]}>{t(`enums.warranty.${warranty}`)}</Tag>;
}
