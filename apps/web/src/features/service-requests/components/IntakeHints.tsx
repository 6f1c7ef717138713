import { Alert, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FoundCustomer } from '../hooks/useIntakeLookup';
import type { FoundUnit, OpenRequestMatch } from '../intake-lookup.util';
import { StatusTag, WarrantyTag } from './EnumTags';

/** "Known caller: 张三" under the phone field. */
export function CustomerHint({ customer, looked }: { customer: FoundCustomer | null; looked: boolean }) {
  const { t } = useTranslation();
  if (!looked) return null;
  return (
    <Typography.Text type="secondary" role="status" data-testid="customer-hint">
      {customer ? t('ops.intake.knownCustomer', { name: customer.name }) : t('ops.intake.newCustomer')}
    </Typography.Text>
  );
}

/** The unit found by serial with its warranty on today's date, or that the serial is not registered. */
export function UnitHint({ unit, unknown }: { unit: FoundUnit | null; unknown: boolean }) {
  const { t } = useTranslation();
  if (unit) {
    return (
      <Space size={4} wrap role="status" data-testid="unit-hint">
        <Typography.Text type="secondary">{t('ops.intake.knownUnit', { model: unit.product.model, name: unit.product.name })}</Typography.Text>
        <WarrantyTag warranty={unit.warrantyStatus} />
        {unit.warrantyEnd ? <Typography.Text type="secondary">{t('ops.intake.warrantyEnd', { date: unit.warrantyEnd })}</Typography.Text> : null}
      </Space>
    );
  }
  if (unknown) {
    return (
      <Typography.Text type="secondary" role="status" data-testid="unit-hint">
        {t('ops.intake.unknownUnit')}
      </Typography.Text>
    );
  }
  return null;
}

/** Open requests of the same caller or unit: maybe this call is about one of them. */
export function DuplicateWarning({ duplicates }: { duplicates: readonly OpenRequestMatch[] }) {
  const { t } = useTranslation();
  if (duplicates.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="sd-form-alert"
      role="alert"
      data-testid="duplicate-warning"
      title={t('ops.intake.duplicateTitle', { count: duplicates.length })}
      description={
        <ul className="sd-plain-list">
          {duplicates.map((request) => (
            <li key={request.id}>
              <Link to={`/requests/${request.id}`} target="_blank" rel="noopener">
                {request.code}
              </Link>{' '}
              <StatusTag status={request.status} />
              <Typography.Text type="secondary">
                {request.customer.name} · {request.product.model}
                {request.serialNo ? ` · ${request.serialNo}` : ''} · {dayjs(request.reportedAt).format('YYYY-MM-DD HH:mm')}
              </Typography.Text>
            </li>
          ))}
        </ul>
      }
    />
  );
}

