import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useFeedback } from '../../../app/feedback';
import type { AdminSurveyTemplatesQuery } from '../../../gql/graphql';
import { PageHeader } from '../../../shared/components/PageHeader';
import { AdminSurveyTemplatesDocument, CreateSurveyTemplateDocument } from '../graphql/settings';
import { weightSum } from '../survey-template.util';
import { AdminTable } from './AdminTable';
import { FormDrawer } from './FormDrawer';

type Template = AdminSurveyTemplatesQuery['surveyTemplates'][number];
interface TemplateValues {
  code?: string;
  name?: string;
  factors?: { key?: string; labelZh?: string; labelEn?: string; weight?: number | null }[];
}

export default function SurveyTemplatesPage() {
  const { t } = useTranslation('admin');
  const { notify } = useFeedback();
  const [result, reexecute] = useQuery({ query: AdminSurveyTemplatesDocument });
  const [, create] = useMutation(CreateSurveyTemplateDocument);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<TemplateValues>();
  const factors = Form.useWatch('factors', form);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <>
      <PageHeader
        title={t('surveys.title')}
        actions={
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('surveys.add')}
          </Button>
        }
      />
      <AdminTable<Template>
        label={t('surveys.title')}
        error={result.error}
        fetching={result.fetching}
        onRetry={refresh}
        rowKey="id"
        dataSource={result.data?.surveyTemplates}
        expandable={{
          rowExpandable: (template) => template.factors.length > 0,
          expandedRowRender: (template) => (
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={template.factors}
              columns={[
                { title: t('surveys.factorKey'), dataIndex: 'key' },
                { title: t('surveys.labelZh'), dataIndex: 'labelZh' },
                { title: t('surveys.labelEn'), dataIndex: 'labelEn' },
                { title: t('surveys.weight'), dataIndex: 'weight', align: 'right' },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('surveys.code'), dataIndex: 'code' },
          { title: t('surveys.name'), dataIndex: 'name' },
          { title: t('surveys.version'), dataIndex: 'version', align: 'right' },
          { title: t('surveys.factors'), dataIndex: 'factors', align: 'right', render: (list: Template['factors']) => list.length },
          { title: t('surveys.createdAt'), dataIndex: 'createdAt', render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm') },
          { title: t('common.status'), dataIndex: 'active', render: (active: boolean) => <Tag color={active ? 'success' : 'default'}>{active ? t('common.active') : t('common.inactive')}</Tag> },
        ]}
      />
      <FormDrawer<TemplateValues>
        title={t('surveys.add')}
        open={adding}
        onClose={() => setAdding(false)}
        form={form}
        fields={['code', 'name', 'factors']}
        initialValues={{ factors: [] }}
        onSave={(values) =>
          create({
            input: {
              code: values.code ?? null,
              name: values.name ?? null,
              factors: (values.factors ?? []).map((factor) => ({
                key: factor.key ?? null,
                labelZh: factor.labelZh ?? null,
                labelEn: factor.labelEn ?? null,
                weight: factor.weight ?? null,
              })),
            },
          })
        }
        onSaved={() => {
          notify('success', t('common.created'));
          setAdding(false);
          refresh();
        }}
      >
        <Typography.Paragraph type="secondary">{t('surveys.addHelp')}</Typography.Paragraph>
        <Form.Item name="code" label={t('surveys.code')} required>
          <Input />
        </Form.Item>
        <Form.Item name="name" label={t('surveys.name')} required>
          <Input />
        </Form.Item>
        <Form.List name="factors">
          {(fields, { add, remove }) => (
            <fieldset className="sd-portal-fieldset">
              <legend>{t('surveys.factors')}</legend>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} wrap align="baseline">
                  <Form.Item name={[field.name, 'key']} label={t('surveys.factorKey')} required>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'labelZh']} label={t('surveys.labelZh')} required>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'labelEn']} label={t('surveys.labelEn')} required>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'weight']} label={t('surveys.weight')} required>
                    <InputNumber min={0} max={1} step={0.01} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('surveys.removeFactor')} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
                {t('surveys.addFactor')}
              </Button>
              {factors?.length ? <Typography.Text type="secondary">{t('surveys.weightsSum', { sum: weightSum(factors) })}</Typography.Text> : null}
            </fieldset>
          )}
        </Form.List>
      </FormDrawer>
    </>
  );
}
