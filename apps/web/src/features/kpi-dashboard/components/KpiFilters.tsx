import { ReloadOutlined } from '@ant-design/icons';
import { CHANNELS, PRIORITIES, type Channel, type Priority } from '@stardesk/domain';
import { Button, Col, DatePicker, Form, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { KpiFilterOptionsDocument } from '../graphql/kpi';
import { DATE_PRESETS, defaultView, presetRange, type KpiView, type KpiViewFilters } from '../kpi-view.util';

export const KPI_FILTER_IDS = {
  from: 'kpi-filter-from',
  to: 'kpi-filter-to',
  outlet: 'kpi-filter-outlet',
  category: 'kpi-filter-category',
  channel: 'kpi-filter-channel',
  priority: 'kpi-filter-priority',
} as const;

interface KpiFiltersProps {
  view: KpiView;
  today: string;
  onChange: (view: KpiView) => void;
}

/** Period (with presets) and filters; each change is a new URL (see useKpiView). */
export function KpiFilters({ view, today, onChange }: KpiFiltersProps) {
  const { t } = useTranslation();
  const [options] = useQuery({ query: KpiFilterOptionsDocument });
  const outlets = useMemo(() => (options.data?.outlets ?? []).map((outlet) => ({ value: outlet.id, label: outlet.name })), [options.data]);
  const categories = useMemo(
    () => [...new Set((options.data?.products ?? []).map((product) => product.category))].sort().map((category) => ({ value: category, label: category })),
    [options.data],
  );
  const presets = DATE_PRESETS.map((preset) => {
    const range = presetRange(preset, today);
    return { label: t(`kpi.filters.presets.${preset}`), value: [dayjs(range.from), dayjs(range.to)] as [dayjs.Dayjs, dayjs.Dayjs] };
  });
  const setFilter = <K extends keyof KpiViewFilters>(name: K, value: KpiViewFilters[K] | undefined) =>
    onChange({ ...view, filters: { ...view.filters, [name]: value ?? null }, records: null });
  const fallback = defaultView(today);
  const isDefault = view.from === fallback.from && view.to === fallback.to && Object.values(view.filters).every((value) => value === null);

  return (
    <Form layout="vertical" role="search" aria-label={t('kpi.filters.label')} className="sd-filters" onSubmitCapture={(event) => event.preventDefault()}>
      <Row gutter={[16, 0]} align="bottom">
        <Col xs={24} md={12} xl={7}>
          <Form.Item label={t('kpi.filters.period')} htmlFor={KPI_FILTER_IDS.from}>
            <label htmlFor={KPI_FILTER_IDS.to} className="sd-visually-hidden">
              {t('kpi.filters.periodEnd')}
            </label>
            <DatePicker.RangePicker
              id={{ start: KPI_FILTER_IDS.from, end: KPI_FILTER_IDS.to }}
              className="sd-full-width"
              classNames={{ popup: { root: 'sd-kpi-range-popup' } }}
              allowClear={false}
              presets={presets}
              placeholder={[t('kpi.filters.periodStart'), t('kpi.filters.periodEnd')]}
              value={[dayjs(view.from), dayjs(view.to)]}
              onChange={(dates) => {
                if (!dates?.[0] || !dates[1]) return;
                onChange({ ...view, from: dates[0].format('YYYY-MM-DD'), to: dates[1].format('YYYY-MM-DD'), records: null });
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item label={t('kpi.filters.outlet')} htmlFor={KPI_FILTER_IDS.outlet}>
            <Select<string>
              id={KPI_FILTER_IDS.outlet}
              allowClear
              loading={options.fetching}
              placeholder={t('kpi.filters.allOutlets')}
              options={outlets}
              value={view.filters.outletId ?? undefined}
              onChange={(value) => setFilter('outletId', value)}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item label={t('kpi.filters.productCategory')} htmlFor={KPI_FILTER_IDS.category}>
            <Select<string>
              id={KPI_FILTER_IDS.category}
              allowClear
              loading={options.fetching}
              placeholder={t('kpi.filters.allCategories')}
              options={categories}
              value={view.filters.productCategory ?? undefined}
              onChange={(value) => setFilter('productCategory', value)}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Form.Item label={t('kpi.filters.channel')} htmlFor={KPI_FILTER_IDS.channel}>
            <Select<Channel>
              id={KPI_FILTER_IDS.channel}
              allowClear
              placeholder={t('kpi.filters.allChannels')}
              options={CHANNELS.map((channel) => ({ value: channel, label: t(`enums.channel.${channel}`) }))}
              value={view.filters.channel ?? undefined}
              onChange={(value) => setFilter('channel', value)}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Form.Item label={t('kpi.filters.priority')} htmlFor={KPI_FILTER_IDS.priority}>
            <Select<Priority>
              id={KPI_FILTER_IDS.priority}
              allowClear
              placeholder={t('kpi.filters.allPriorities')}
              options={PRIORITIES.map((priority) => ({ value: priority, label: t(`enums.priority.${priority}`) }))}
              value={view.filters.priority ?? undefined}
              onChange={(value) => setFilter('priority', value)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6} xl={3}>
          <Form.Item>
            <Button icon={<ReloadOutlined />} disabled={isDefault} onClick={() => onChange({ ...view, ...fallback, trendKpi: view.trendKpi, by: view.by, group: view.group })} block>
              {t('kpi.filters.reset')}
            </Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
