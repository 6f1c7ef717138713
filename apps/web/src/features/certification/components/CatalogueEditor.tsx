import { Alert, Button, Card, Flex, Form, Input, InputNumber, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFeedback } from '../../../app/feedback';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { describeGraphqlError, serverFieldErrorsOf } from '../../../shared/graphql-error.util';
import {
  categoryTotals,
  createCatalogVersionInputOf,
  pointsMismatches,
  withCriterionValue,
  withIndicatorPoints,
  type CatalogueDraft,
  type CriterionDraft,
  type EditableCriterionField,
} from '../catalogue-draft.util';
import { catalogFieldKey, errorsByField } from '../certification.util';
import { CreateIndicatorCatalogVersionDocument } from '../graphql/certification';

interface CatalogueEditorProps {
  draft: CatalogueDraft;
  latestVersionNo: number;
  onChange: (draft: CatalogueDraft) => void;
  onCancel: () => void;
  onCreated: (versionNo: number) => void;
}

/** The indicator's errors that no input of the editor shows (the criteria total, a comparator…), with their field. */
function unplacedErrors(errors: Map<string, string[]>, draft: CatalogueDraft, indicatorIndex: number): string[] {
  const indicator = draft.indicators[indicatorIndex];
  if (!indicator) return [];
  const placed = new Set([catalogFieldKey(['indicators', indicatorIndex, 'points'])]);
  indicator.criteria.forEach((criterion, criterionIndex) => {
    const fields: EditableCriterionField[] = ['nameZh', 'nameEn', 'points', ...(criterion.method === 'KPI' ? (['threshold'] as const) : criterion.method === 'SAMPLE' ? (['sampleSize'] as const) : [])];
    for (const field of fields) placed.add(catalogFieldKey(['indicators', indicatorIndex, 'criteria', criterionIndex, field]));
  });
  const prefix = catalogFieldKey(['indicators', indicatorIndex]);
  return [...errors]
    .filter(([field]) => (field === prefix || field.startsWith(`${prefix}.`) || field.startsWith(`${prefix}[`)) && !placed.has(field))
    .flatMap(([field, messages]) => messages.map((message) => (field.startsWith(`${prefix}.criteria[`) ? `${field.slice(prefix.length + 1)}: ${message}` : message)));
}

/**
 * A new catalogue version edited from a copy: points, names, thresholds and sample sizes. The API
 * validates the whole catalogue with the domain's rules and answers every problem at its field.
 */
export function CatalogueEditor({ draft, latestVersionNo, onChange, onCancel, onCreated }: CatalogueEditorProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { notify } = useFeedback();
  const [{ fetching }, create] = useMutation(CreateIndicatorCatalogVersionDocument);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [banner, setBanner] = useState<string | null>(null);
  // The save button is at the bottom of a long form: take the admin to the first field refused.
  useEffect(() => {
    if (errors.size === 0) return;
    const target = document.querySelector('.ant-form-item-has-error input, [data-testid="catalogue-errors"]');
    // Not every environment scrolls (jsdom has no scrollIntoView).
    if (target && typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'center' });
  }, [errors]);
  const mismatches = new Map(pointsMismatches(draft).map((mismatch) => [mismatch.indicatorIndex, mismatch]));
  const totals = categoryTotals(draft);

  const errorProps = (path: (string | number)[]) => {
    const messages = errors.get(catalogFieldKey(path));
    return messages ? { validateStatus: 'error' as const, help: messages.join(' ') } : {};
  };

  const save = async () => {
    setBanner(null);
    const result = await create({ input: createCatalogVersionInputOf(draft, latestVersionNo) }, { additionalTypenames: ['IndicatorCatalogVersion'] });
    if (result.data) {
      setErrors(new Map());
      notify('success', t('certification.catalogue.created', { versionNo: result.data.createIndicatorCatalogVersion.versionNo }));
      onCreated(result.data.createIndicatorCatalogVersion.versionNo);
      return;
    }
    const fieldErrors = result.error ? serverFieldErrorsOf(result.error) : null;
    if (fieldErrors) {
      setErrors(errorsByField(fieldErrors));
      const elsewhere = fieldErrors.filter((error) => !['label', 'note'].includes(error.field) && !/^indicators[[.]\d/.test(error.field)).map((error) => error.message);
      setBanner([t('certification.catalogue.fixErrors'), ...elsewhere].join(' '));
      return;
    }
    setBanner(result.error ? describeGraphqlError(result.error, t) : t('common.unknownError'));
  };

  const criterionInput = (indicatorIndex: number, criterionIndex: number, criterion: CriterionDraft, field: EditableCriterionField) => {
    const path = ['indicators', indicatorIndex, 'criteria', criterionIndex, field];
    const label = `${t(`certification.catalogue.criterionFields.${field}`)} ${criterion.key}`;
    const set = (value: string | number | null) => onChange(withCriterionValue(draft, indicatorIndex, criterionIndex, field, value));
    const control =
      field === 'nameZh' || field === 'nameEn' ? (
        <Input value={criterion[field]} aria-label={label} onChange={(event) => set(event.target.value)} />
      ) : (
        <InputNumber value={criterion[field]} aria-label={label} onChange={(value) => set(value)} className="sd-full-width" step={field === 'sampleSize' ? 1 : 0.01} />
      );
    return (
      <Form.Item {...errorProps(path)} style={{ marginBottom: 0 }}>
        {control}
      </Form.Item>
    );
  };

  return (
    <Form layout="vertical" aria-label={t('certification.catalogue.editing', { versionNo: draft.baseVersionNo })} onFinish={() => void save()} noValidate>
      {banner ? <Alert type="error" showIcon className="sd-form-alert" title={banner} data-testid="catalogue-errors" /> : null}
      <Card className="sd-section">
        <Form.Item label={t('certification.catalogue.label')} required {...errorProps(['label'])}>
          <Input value={draft.label} maxLength={100} aria-label={t('certification.catalogue.label')} onChange={(event) => onChange({ ...draft, label: event.target.value })} />
        </Form.Item>
        <Form.Item label={t('certification.catalogue.note')} {...errorProps(['note'])}>
          <Input.TextArea value={draft.note} rows={2} aria-label={t('certification.catalogue.note')} onChange={(event) => onChange({ ...draft, note: event.target.value })} />
        </Form.Item>
        <Flex gap={8} wrap>
          {Object.entries(totals).map(([category, points]) => (
            <Tag key={category}>{t('certification.catalogue.categoryTotal', { category: t(`certification.category.${category as 'SYS' | 'GOODS' | 'CUST'}`), points })}</Tag>
          ))}
        </Flex>
      </Card>

      {draft.indicators.map((indicator, indicatorIndex) => {
        const mismatch = mismatches.get(indicatorIndex);
        const listErrors = unplacedErrors(errors, draft, indicatorIndex);
        return (
          <Card
            key={indicator.key}
            className="sd-section"
            size="small"
            title={`${indicator.key} ${language === 'en' ? indicator.nameEn : indicator.nameZh}`}
            data-testid={`catalogue-indicator-${indicator.key}`}
            extra={
              <Form.Item label={t('certification.catalogue.indicatorPoints')} style={{ marginBottom: 0 }} {...errorProps(['indicators', indicatorIndex, 'points'])}>
                <InputNumber
                  value={indicator.points}
                  step={0.5}
                  aria-label={`${t('certification.catalogue.indicatorPoints')} ${indicator.key}`}
                  onChange={(value) => onChange(withIndicatorPoints(draft, indicatorIndex, value))}
                />
              </Form.Item>
            }
          >
            {mismatch ? <Typography.Text type="warning">{t('certification.catalogue.mismatch', { actual: mismatch.actual, expected: mismatch.expected })}</Typography.Text> : null}
            {listErrors.length > 0 ? <Alert type="error" showIcon title={listErrors.join(' ')} /> : null}
            <Table<CriterionDraft>
              rowKey="key"
              dataSource={indicator.criteria}
              pagination={false}
              size="small"
              scroll={{ x: 820 }}
              columns={[
                { key: 'key', title: t('certification.catalogue.criterionFields.key'), dataIndex: 'key', width: 110 },
                { key: 'method', title: t('certification.catalogue.criterionFields.method'), width: 90, render: (_, criterion) => <Tag>{t(`certification.method.${criterion.method}`)}</Tag> },
                { key: 'nameZh', title: t('certification.catalogue.criterionFields.nameZh'), render: (_, criterion, index) => criterionInput(indicatorIndex, index, criterion, 'nameZh') },
                { key: 'nameEn', title: t('certification.catalogue.criterionFields.nameEn'), render: (_, criterion, index) => criterionInput(indicatorIndex, index, criterion, 'nameEn') },
                { key: 'points', title: t('certification.catalogue.criterionFields.points'), width: 110, render: (_, criterion, index) => criterionInput(indicatorIndex, index, criterion, 'points') },
                {
                  key: 'evidence',
                  title: t('certification.catalogue.criterionFields.evidence'),
                  width: 150,
                  render: (_, criterion, index) =>
                    criterion.method === 'KPI'
                      ? criterionInput(indicatorIndex, index, criterion, 'threshold')
                      : criterion.method === 'SAMPLE'
                        ? criterionInput(indicatorIndex, index, criterion, 'sampleSize')
                        : (criterion.documentType ?? null),
                },
              ]}
            />
          </Card>
        );
      })}

      <Flex gap={8} justify="flex-end" className="sd-section" wrap>
        <Button onClick={onCancel}>{t('certification.catalogue.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={fetching}>
          {t('certification.catalogue.save')}
        </Button>
      </Flex>
    </Form>
  );
}
