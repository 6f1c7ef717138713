import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Form, Input, List, Popconfirm, Select, Tag, Typography } from 'antd';
import { SPECIAL_DEDUCTION_KINDS, type SpecialDeductionKind } from '@stardesk/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFeedback } from '../../../app/feedback';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { describeGraphqlError } from '../../../shared/graphql-error.util';
import { CHANGE_CONTEXT, type LoadedAssessment } from '../assessment-change';
import {
  AddSpecialDeductionDocument,
  ExcludeAssessmentItemDocument,
  RemoveAssessmentExclusionDocument,
  RemoveSpecialDeductionDocument,
  SetSpecialBonusDocument,
} from '../graphql/certification';
import { ChangeModal, changeOutcomeOf } from './ChangeModal';

type Dialog = 'exclusion' | 'deduction' | 'bonus' | null;

/** 删减, 特别扣分项 and 特别加分项: each a list with add and take-back, read-only once signed off. */
export function AdjustmentsPanel({ assessment, readOnly }: { assessment: LoadedAssessment; readOnly: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { notify } = useFeedback();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [, exclude] = useMutation(ExcludeAssessmentItemDocument);
  const [, removeExclusion] = useMutation(RemoveAssessmentExclusionDocument);
  const [, addDeduction] = useMutation(AddSpecialDeductionDocument);
  const [, removeDeduction] = useMutation(RemoveSpecialDeductionDocument);
  const [, setBonus] = useMutation(SetSpecialBonusDocument);
  const base = { assessmentId: assessment.id, expectedVersion: assessment.version };

  const saved = (result: { error?: Parameters<typeof describeGraphqlError>[0] }) => {
    if (result.error) notify('error', describeGraphqlError(result.error, t));
    else notify('success', t('certification.adjustments.saved'));
  };
  const nameOf = (named: { nameZh: string; nameEn: string }) => (language === 'en' ? named.nameEn : named.nameZh);
  const itemName = (key: string) => {
    for (const indicator of assessment.indicators) {
      if (indicator.key === key) return `${key} ${nameOf(indicator)}`;
      const criterion = indicator.criteria.find((entry) => entry.key === key);
      if (criterion) return `${key} ${nameOf(criterion)}`;
    }
    return key;
  };
  const excluded = new Set(assessment.exclusions.map((exclusion) => exclusion.key));
  const excludable = assessment.indicators.flatMap((indicator) => [
    { value: indicator.key, label: `${indicator.key} ${nameOf(indicator)}` },
    ...indicator.criteria.map((criterion) => ({ value: criterion.key, label: `— ${criterion.key} ${nameOf(criterion)}` })),
  ]).filter((option) => !excluded.has(option.value));

  const addButton = (label: string, target: Dialog) =>
    readOnly ? null : (
      <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog(target)}>
        {label}
      </Button>
    );
  const takeBack = (label: string, onConfirm: () => Promise<void>) =>
    readOnly ? null : (
      <Popconfirm title={t('certification.adjustments.confirmRemove')} onConfirm={() => void onConfirm()} okText={label} cancelText={t('common.cancel')}>
        <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={label}>
          {label}
        </Button>
      </Popconfirm>
    );

  return (
    <>
      <Card className="sd-section" title={t('certification.adjustments.exclusions')} extra={addButton(t('certification.adjustments.addExclusion'), 'exclusion')}>
        <Typography.Paragraph type="secondary">{t('certification.adjustments.exclusionsHelp')}</Typography.Paragraph>
        <List
          dataSource={assessment.exclusions}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('certification.adjustments.noExclusions')} /> }}
          renderItem={(exclusion) => (
            <List.Item actions={[takeBack(t('certification.adjustments.removeExclusion'), async () => saved(await removeExclusion({ input: { ...base, key: exclusion.key } }, CHANGE_CONTEXT)))]}>
              <List.Item.Meta title={itemName(exclusion.key)} description={exclusion.reason} />
            </List.Item>
          )}
        />
      </Card>

      <Card className="sd-section" title={t('certification.adjustments.deductions')} extra={addButton(t('certification.adjustments.addDeduction'), 'deduction')}>
        <Typography.Paragraph type="secondary">{t('certification.adjustments.deductionsHelp')}</Typography.Paragraph>
        <List
          dataSource={assessment.specialDeductions.map((deduction, index) => ({ ...deduction, index }))}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('certification.adjustments.noDeductions')} /> }}
          renderItem={(deduction) => (
            <List.Item actions={[takeBack(t('certification.adjustments.removeDeduction'), async () => saved(await removeDeduction({ input: { ...base, index: deduction.index } }, CHANGE_CONTEXT)))]}>
              <List.Item.Meta
                title={
                  <>
                    <Tag color="red">−1</Tag> {t(`certification.deductionKind.${deduction.kind}`)}
                  </>
                }
                description={deduction.correctiveActionId ? `${deduction.description} · ${deduction.correctiveActionId}` : deduction.description}
              />
            </List.Item>
          )}
        />
      </Card>

      <Card className="sd-section" title={t('certification.adjustments.bonus')} extra={assessment.specialBonus ? null : addButton(t('certification.adjustments.setBonus'), 'bonus')}>
        <Typography.Paragraph type="secondary">{t('certification.adjustments.bonusHelp')}</Typography.Paragraph>
        {assessment.specialBonus ? (
          <List
            dataSource={[assessment.specialBonus]}
            renderItem={(bonus) => (
              <List.Item actions={[takeBack(t('certification.adjustments.removeBonus'), async () => saved(await setBonus({ input: { ...base, description: null } }, CHANGE_CONTEXT)))]}>
                <List.Item.Meta
                  title={
                    <>
                      <Tag color="green">+1</Tag> {bonus}
                    </>
                  }
                />
              </List.Item>
            )}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('certification.adjustments.noBonus')} />
        )}
      </Card>

      {readOnly ? null : (
        <>
          <ChangeModal<{ key?: string; reason?: string }>
            title={t('certification.adjustments.addExclusion')}
            open={dialog === 'exclusion'}
            onClose={() => setDialog(null)}
            fieldNames={['key', 'reason']}
            okText={t('certification.adjustments.addExclusion')}
            onSubmit={async (values) => {
              const outcome = changeOutcomeOf(await exclude({ input: { ...base, key: values.key ?? null, reason: values.reason ?? null } }, CHANGE_CONTEXT));
              if (outcome.ok) notify('success', t('certification.adjustments.saved'));
              return outcome;
            }}
          >
            {() => (
              <>
                <Form.Item name="key" label={t('certification.adjustments.exclusionKey')} required>
                  <Select showSearch optionFilterProp="label" options={excludable} />
                </Form.Item>
                <Form.Item name="reason" label={t('certification.adjustments.reason')} required>
                  <Input.TextArea rows={2} />
                </Form.Item>
              </>
            )}
          </ChangeModal>

          <ChangeModal<{ kind?: SpecialDeductionKind; description?: string; correctiveActionId?: string }>
            title={t('certification.adjustments.addDeduction')}
            open={dialog === 'deduction'}
            onClose={() => setDialog(null)}
            fieldNames={['kind', 'description', 'correctiveActionId']}
            okText={t('certification.adjustments.addDeduction')}
            onSubmit={async (values) => {
              const outcome = changeOutcomeOf(
                await addDeduction({ input: { ...base, kind: values.kind ?? null, description: values.description ?? null, correctiveActionId: values.correctiveActionId?.trim() || null } }, CHANGE_CONTEXT),
              );
              if (outcome.ok) notify('success', t('certification.adjustments.saved'));
              return outcome;
            }}
          >
            {() => (
              <>
                <Form.Item name="kind" label={t('certification.adjustments.kind')} required>
                  <Select options={SPECIAL_DEDUCTION_KINDS.map((kind) => ({ value: kind, label: t(`certification.deductionKind.${kind}`) }))} />
                </Form.Item>
                <Form.Item name="description" label={t('certification.adjustments.description')} required>
                  <Input.TextArea rows={2} />
                </Form.Item>
                <Form.Item name="correctiveActionId" label={t('certification.adjustments.correctiveActionId')}>
                  <Input />
                </Form.Item>
              </>
            )}
          </ChangeModal>

          <ChangeModal<{ description?: string }>
            title={t('certification.adjustments.setBonus')}
            open={dialog === 'bonus'}
            onClose={() => setDialog(null)}
            fieldNames={['description']}
            okText={t('certification.adjustments.setBonus')}
            onSubmit={async (values) => {
              const outcome = changeOutcomeOf(await setBonus({ input: { ...base, description: values.description ?? '' } }, CHANGE_CONTEXT));
              if (outcome.ok) notify('success', t('certification.adjustments.saved'));
              return outcome;
            }}
          >
            {() => (
              <Form.Item name="description" label={t('certification.adjustments.description')} required>
                <Input.TextArea rows={2} />
              </Form.Item>
            )}
          </ChangeModal>
        </>
      )}
    </>
  );
}
