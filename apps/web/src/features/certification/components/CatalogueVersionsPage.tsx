import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryError } from '../../../shared/components/QueryError';
import type { IndicatorCatalogVersionQuery, IndicatorCatalogVersionsQuery } from '../../../gql/graphql';
import { catalogueDraftOf, type CatalogueDraft } from '../catalogue-draft.util';
import { formatKpiValue, kpiName } from '../certification.util';
import { IndicatorCatalogVersionDocument, IndicatorCatalogVersionsDocument } from '../graphql/certification';
import { CatalogueEditor } from './CatalogueEditor';

type VersionRow = IndicatorCatalogVersionsQuery['indicatorCatalogVersions'][number];
type Criterion = IndicatorCatalogVersionQuery['indicatorCatalogVersion']['indicators'][number]['criteria'][number];

/** ADMIN: the versions of the GB/T 27922 indicator catalogue; one viewed, or copied into a new one. */
export default function CatalogueVersionsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [viewing, setViewing] = useState<number | null>(null);
  const [draft, setDraft] = useState<CatalogueDraft | null>(null);
  const [versions, refetchVersions] = useQuery({ query: IndicatorCatalogVersionsDocument, requestPolicy: 'cache-and-network' });
  const list = versions.data?.indicatorCatalogVersions ?? [];
  const latest = list.at(-1);
  const viewedNo = viewing ?? latest?.versionNo ?? null;
  const [version, refetchVersion] = useQuery({ query: IndicatorCatalogVersionDocument, variables: { versionNo: viewedNo }, pause: viewedNo === null });
  const viewed = version.data?.indicatorCatalogVersion;
  const nameOf = (named: { nameZh: string; nameEn: string }) => (language === 'en' ? named.nameEn : named.nameZh);

  const evidenceOf = (criterion: Criterion) => {
    switch (criterion.method) {
      case 'DOCUMENT':
        return t('certification.catalogue.evidence.document', { type: criterion.documentType ?? '' });
      case 'KPI':
        return `${t('certification.catalogue.evidence.kpi', { kpi: kpiName(criterion.kpi ?? null, language), comparator: criterion.comparator === 'AT_MOST' ? '≤' : '≥' })} ${formatKpiValue(criterion.threshold ?? null, criterion.kpi ?? null)}`;
      case 'SAMPLE':
        return `${t('certification.catalogue.evidence.sample', { recordType: criterion.recordType ?? '' })} × ${criterion.sampleSize ?? 0}`;
      case 'MANUAL':
        return t('certification.catalogue.evidence.manual');
    }
  };

  if (draft && latest) {
    return (
      <>
        <PageHeader title={t('certification.catalogue.title')} subtitle={t('certification.catalogue.editing', { versionNo: draft.baseVersionNo })} />
        <CatalogueEditor
          draft={draft}
          latestVersionNo={latest.versionNo}
          onChange={setDraft}
          onCancel={() => setDraft(null)}
          onCreated={(versionNo) => {
            setDraft(null);
            setViewing(versionNo);
            refetchVersions({ requestPolicy: 'network-only' });
          }}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('certification.catalogue.title')} subtitle={t('certification.catalogue.subtitle')} />
      <Card className="sd-section">
        {versions.error && !versions.data ? (
          <QueryError title={t('certification.catalogue.loadFailed')} error={versions.error} onRetry={() => refetchVersions({ requestPolicy: 'network-only' })} />
        ) : (
          <Table<VersionRow>
            rowKey="versionNo"
            data-testid="catalogue-versions"
            loading={versions.fetching && !versions.data}
            dataSource={[...list].reverse()}
            pagination={false}
            size="small"
            scroll={{ x: 640 }}
            locale={{ emptyText: versions.fetching ? <span /> : <Empty description={t('certification.catalogue.empty')} /> }}
            columns={[
              {
                key: 'versionNo',
                title: t('certification.catalogue.columns.versionNo'),
                render: (_, row) => (
                  <Space>
                    v{row.versionNo}
                    {row.versionNo === latest?.versionNo ? <Tag color="blue">{t('certification.catalogue.latest')}</Tag> : null}
                  </Space>
                ),
              },
              { key: 'label', title: t('certification.catalogue.columns.label'), dataIndex: 'label' },
              { key: 'note', title: t('certification.catalogue.columns.note'), render: (_, row) => row.note ?? t('common.none') },
              { key: 'createdAt', title: t('certification.catalogue.columns.createdAt'), render: (_, row) => new Date(row.createdAt).toLocaleString(language) },
              {
                key: 'actions',
                title: <span className="sd-visually-hidden">{t('certification.catalogue.view')}</span>,
                render: (_, row) => (
                  <Button size="small" icon={<EyeOutlined />} onClick={() => setViewing(row.versionNo)} aria-pressed={row.versionNo === viewedNo}>
                    {t('certification.catalogue.view')} v{row.versionNo}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>

      {viewedNo === null ? null : version.error && !viewed ? (
        <QueryError title={t('certification.catalogue.loadFailed')} error={version.error} onRetry={() => refetchVersion({ requestPolicy: 'network-only' })} />
      ) : !viewed ? (
        <div className="sd-centered" role="status" aria-label={t('common.loading')}>
          <Spin />
        </div>
      ) : (
        <Card
          className="sd-section"
          title={`v${viewed.versionNo} · ${viewed.label}`}
          extra={
            <Button type="primary" icon={<EditOutlined />} onClick={() => setDraft(catalogueDraftOf(viewed))}>
              {t('certification.catalogue.newVersion')}
            </Button>
          }
          data-testid="catalogue-version"
        >
          {viewed.note ? <Alert type="info" className="sd-section" title={viewed.note} /> : null}
          {viewed.categories.map((category) => (
            <section key={category.key} className="sd-section">
              <Typography.Title level={3}>
                {nameOf(category)} · {t('certification.catalogue.points', { points: category.points })}
              </Typography.Title>
              {viewed.indicators
                .filter((indicator) => indicator.category === category.key)
                .map((indicator) => (
                  <Flex key={indicator.key} vertical className="sd-section">
                    <Typography.Text strong>
                      {indicator.key} {nameOf(indicator)} · {t('certification.catalogue.points', { points: indicator.points })}
                    </Typography.Text>
                    <Table<Criterion>
                      rowKey="key"
                      dataSource={indicator.criteria}
                      pagination={false}
                      size="small"
                      scroll={{ x: 640 }}
                      columns={[
                        { key: 'key', title: t('certification.catalogue.criterionFields.key'), dataIndex: 'key', width: 120 },
                        { key: 'name', title: t('certification.catalogue.criterionFields.nameZh'), render: (_, criterion) => nameOf(criterion) },
                        { key: 'method', title: t('certification.catalogue.criterionFields.method'), render: (_, criterion) => <Tag>{t(`certification.method.${criterion.method}`)}</Tag> },
                        { key: 'evidence', title: t('certification.catalogue.criterionFields.evidence'), render: (_, criterion) => evidenceOf(criterion) },
                        { key: 'points', title: t('certification.catalogue.criterionFields.points'), dataIndex: 'points', align: 'right', width: 80 },
                      ]}
                    />
                  </Flex>
                ))}
            </section>
          ))}
        </Card>
      )}
    </>
  );
}
