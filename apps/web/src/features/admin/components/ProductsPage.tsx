import { Button, Checkbox, Flex, Form, Input, InputNumber, Switch, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useFeedback } from '../../../app/feedback';
import type { AdminProductsQuery } from '../../../gql/graphql';
import { PageHeader } from '../../../shared/components/PageHeader';
import { blankToNull } from '../admin-form.util';
import { AdminProductsDocument, CreateProductDocument, UpdateProductDocument } from '../graphql/master-data';
import { AdminTable } from './AdminTable';
import { FormDrawer } from './FormDrawer';

type Product = AdminProductsQuery['products'][number];
interface ProductValues {
  model?: string;
  name?: string;
  category?: string;
  warrantyMonths?: number | null;
  hazardous?: boolean;
  active?: boolean;
}
const FIELDS = ['model', 'name', 'category', 'warrantyMonths', 'hazardous', 'active'] as const;

export default function ProductsPage() {
  const { t } = useTranslation('admin');
  const { notify } = useFeedback();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [result, reexecute] = useQuery({ query: AdminProductsDocument, variables: { filter: { includeInactive } } });
  const [, create] = useMutation(CreateProductDocument);
  const [, update] = useMutation(UpdateProductDocument);
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const [form] = Form.useForm<ProductValues>();
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <>
      <PageHeader
        title={t('products.title')}
        actions={
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('products.add')}
          </Button>
        }
      />
      <Flex className="sd-admin-toolbar">
        <Checkbox checked={includeInactive} onChange={(event) => setIncludeInactive(event.target.checked)}>
          {t('common.showInactive')}
        </Checkbox>
      </Flex>
      <AdminTable<Product>
        label={t('products.title')}
        error={result.error}
        fetching={result.fetching}
        onRetry={refresh}
        rowKey="id"
        dataSource={result.data?.products}
        columns={[
          { title: t('products.model'), dataIndex: 'model' },
          { title: t('products.name'), dataIndex: 'name' },
          { title: t('products.category'), dataIndex: 'category' },
          { title: t('products.warrantyMonths'), dataIndex: 'warrantyMonths' },
          { title: t('products.hazardous'), dataIndex: 'hazardous', render: (value: boolean) => (value ? t('common.yes') : t('common.no')) },
          { title: t('common.status'), dataIndex: 'active', render: (active: boolean) => <Tag color={active ? 'success' : 'default'}>{active ? t('common.active') : t('common.inactive')}</Tag> },
          { title: t('common.actions'), key: 'actions', render: (_, product) => <Button type="link" onClick={() => setEditing(product)}>{t('common.edit')}</Button> },
        ]}
      />
      <FormDrawer<ProductValues>
        title={editing === 'new' ? t('products.add') : t('products.edit')}
        open={editing !== null}
        onClose={() => setEditing(null)}
        form={form}
        fields={FIELDS}
        initialValues={editing && editing !== 'new' ? editing : { warrantyMonths: 12, hazardous: false }}
        onSave={async (values) => {
          const input = blankToNull(values);
          if (editing === 'new') return create({ input: { model: input.model, name: input.name, category: input.category, warrantyMonths: input.warrantyMonths, hazardous: input.hazardous } });
          return update({ input: { ...input, id: (editing as Product).id, expectedVersion: (editing as Product).version } });
        }}
        onSaved={() => {
          notify('success', editing === 'new' ? t('common.created') : t('common.saved'));
          setEditing(null);
          refresh();
        }}
      >
        <Form.Item name="model" label={t('products.model')} required>
          <Input />
        </Form.Item>
        <Form.Item name="name" label={t('products.name')} required>
          <Input />
        </Form.Item>
        <Form.Item name="category" label={t('products.category')} required>
          <Input />
        </Form.Item>
        <Form.Item name="warrantyMonths" label={t('products.warrantyMonths')} required>
          <InputNumber min={0} max={120} className="sd-full-width" />
        </Form.Item>
        <Form.Item name="hazardous" label={t('products.hazardous')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {editing !== 'new' ? (
          <Form.Item name="active" label={t('common.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        ) : null}
      </FormDrawer>
    </>
  );
}
