import { ClearOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { REQUEST_STATUSES, type RequestStatus } from '@stardesk/domain';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { OutletOption } from '../hooks/useReferenceData';
import { EMPTY_FILTERS, hasActiveFilters, type RequestListFilters } from '../request-filter.util';

interface RequestFiltersProps {
  filters: RequestListFilters;
  onChange: (filters: RequestListFilters) => void;
  outlets: readonly OutletOption[];
  outletsLoading: boolean;
  outletsFailed: boolean;
}

export const FILTER_IDS = {
  status: 'request-filter-status',
  outlet: 'request-filter-outlet',
  from: 'request-filter-from',
  to: 'request-filter-to',
  search: 'request-filter-search',
} as const;

export function RequestFilters({ filters, onChange, outlets, outletsLoading, outletsFailed }: RequestFiltersProps) {
  const { t } = useTranslation();
  const statusOptions = REQUEST_STATUSES.map((status) => ({ value: status, label: t(`enums.status.${status}`) }));
  const outletOptions = outlets.map((outlet) => ({ value: outlet.id, label: outlet.name }));
  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] | null =
    filters.from || filters.to ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null] : null;

  return (
    <Form layout="vertical" role="search" aria-label={t('requests.filters')} className="sd-filters" onSubmitCapture={(event) => event.preventDefault()}>
      <Row gutter={[16, 0]} align="bottom">
        <Col xs={24}>
          <Form.Item label={t('ops.queue.search')} htmlFor={FILTER_IDS.search}>
            <Input.Search
              id={FILTER_IDS.search}
              key={filters.search ?? ''}
              defaultValue={filters.search ?? ''}
              allowClear
              enterButton
              placeholder={t('ops.queue.searchPlaceholder')}
              onSearch={(value) => onChange({ ...filters, search: value.trim() || null })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} xl={7}>
          <Form.Item label={t('requests.statusFilter')} htmlFor={FILTER_IDS.status}>
            <Select<RequestStatus[]>
              id={FILTER_IDS.status}
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              placeholder={t('requests.statusFilterPlaceholder')}
              options={statusOptions}
              value={filters.statuses}
              onChange={(statuses) => onChange({ ...filters, statuses })}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} xl={7}>
          <Form.Item
            label={t('requests.outletFilter')}
            htmlFor={FILTER_IDS.outlet}
            validateStatus={outletsFailed ? 'warning' : undefined}
            help={outletsFailed ? t('requests.outletsLoadFailed') : undefined}
          >
            <Select<string[]>
              id={FILTER_IDS.outlet}
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              loading={outletsLoading}
              placeholder={t('requests.outletFilterPlaceholder')}
              options={outletOptions}
              value={filters.outletIds}
              onChange={(outletIds) => onChange({ ...filters, outletIds })}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} xl={7}>
          <Form.Item label={t('requests.dateFilter')} htmlFor={FILTER_IDS.from}>
            <label htmlFor={FILTER_IDS.to} className="sd-visually-hidden">
              {t('requests.dateTo')}
            </label>
            <DatePicker.RangePicker
              id={{ start: FILTER_IDS.from, end: FILTER_IDS.to }}
              className="sd-full-width"
              allowEmpty={[true, true]}
              placeholder={[t('requests.dateFrom'), t('requests.dateTo')]}
              value={range}
              onChange={(dates) =>
                onChange({
                  ...filters,
                  from: dates?.[0] ? dates[0].format('YYYY-MM-DD') : null,
                  to: dates?.[1] ? dates[1].format('YYYY-MM-DD') : null,
                })
              }
            />
          </Form.Item>
        </Col>
        <Col xs={24} xl={3}>
          <Form.Item>
            <Button icon={<ClearOutlined />} disabled={!hasActiveFilters(filters)} onClick={() => onChange(EMPTY_FILTERS)} block>
              {t('requests.clearFilters')}
            </Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
