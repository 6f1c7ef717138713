import { Button, Form, Input, InputNumber, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useFeedback } from '../../../app/feedback';
import type { AdminSparePartsQuery } from '../../../gql/graphql';
import { PageHeader } from '../../../shared/components/PageHeader';
import { blankToNull } from '../admin-form.util';
import { AdminSparePartsDocument, CreateSparePartDocument, ReceiveStockDocument } from '../graphql/master-data';
import { AdminTable } from './AdminTable';
import { FormDrawer } from './FormDrawer';

type SparePart = AdminSparePartsQuery['spareParts'][number];
interface PartValues {
  partNo?: string;
  name?: string;
  price?: number | null;
  unitCost?: number | null;
}
interface ReceiveValues {
  outletId?: string;
  quantity?: number | null;
  note?: string | null;
}

export default function SparePartsPage() {
  const { t } = useTranslation('admin');
  const { notify } = useFeedback();
  const [result, reexecute] = useQuery({ query: AdminSparePartsDocument });
  const [, create] = useMutation(CreateSparePartDocument);
  const [, receive] = useMutation(ReceiveStockDocument);
  const [adding, setAdding] = useState(false);
  const [receiving, setReceiving] = useState<SparePart | null>(null);
  const [partForm] = Form.useForm<PartValues>();
  const [receiveForm] = Form.useForm<ReceiveValues>();
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const money = (value: number) => value.toFixed(2);

  return (
    <>
      <PageHeader
        title={t('spareParts.title')}
        actions={
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('spareParts.add')}
          </Button>
        }
      />
      <AdminTable<SparePart>
        label={t('spareParts.title')}
        error={result.error}
        fetching={result.fetching}
        onRetry={refresh}
        rowKey="id"
        dataSource={result.data?.spareParts}
        columns={[
          { title: t('spareParts.partNo'), dataIndex: 'partNo' },
          { title: t('spareParts.name'), dataIndex: 'name' },
          { title: t('spareParts.price'), dataIndex: 'price', align: 'right', render: money },
          { title: t('spareParts.unitCost'), dataIndex: 'unitCost', align: 'right', render: money },
          {
            title: t('spareParts.stock'),
            dataIndex: 'stock',
            render: (stock: SparePart['stock']) =>
              stock.length ? (
                <Space wrap size={4}>
                  {stock.map((level) => (
                    <Tag key={level.outletId}>{`${level.outletCode}: ${level.quantity}`}</Tag>
                  ))}
                </Space>
              ) : (
                t('common.none')
              ),
          },
          { title: t('common.actions'), key: 'actions', render: (_, part) => <Button type="link" onClick={() => setReceiving(part)}>{t('spareParts.receive')}</Button> },
        ]}
      />
      <FormDrawer<PartValues>
        title={t('spareParts.add')}
        open={adding}
        onClose={() => setAdding(false)}
        form={partForm}
        fields={['partNo', 'name', 'price', 'unitCost']}
        onSave={(values) => create({ input: blankToNull(values) })}
        onSaved={() => {
          notify('success', t('common.created'));
          setAdding(false);
          refresh();
        }}
      >
        <Form.Item name="partNo" label={t('spareParts.partNo')} required>
          <Input />
        </Form.Item>
        <Form.Item name="name" label={t('spareParts.name')} required>
          <Input />
        </Form.Item>
        <Form.Item name="price" label={t('spareParts.price')} required>
          <InputNumber min={0} step={0.01} className="sd-full-width" />
        </Form.Item>
        <Form.Item name="unitCost" label={t('spareParts.unitCost')} required>
          <InputNumber min={0} step={0.01} className="sd-full-width" />
        </Form.Item>
      </FormDrawer>
      <FormDrawer<ReceiveValues>
        title={t('spareParts.receiveTitle', { name: receiving?.name ?? '' })}
        open={receiving !== null}
        onClose={() => setReceiving(null)}
        form={receiveForm}
        fields={['outletId', 'quantity', 'note']}
        onSave={(values) => receive({ input: { ...blankToNull(values), partId: receiving?.id ?? null } })}
        onSaved={() => {
          notify('success', t('spareParts.received'));
          setReceiving(null);
          refresh();
        }}
      >
        <Form.Item name="outletId" label={t('spareParts.outlet')} required>
          <Select options={(result.data?.outlets ?? []).map((outlet) => ({ value: outlet.id, label: `${outlet.code} ${outlet.name}` }))} />
        </Form.Item>
        <Form.Item name="quantity" label={t('spareParts.quantity')} required>
          <InputNumber min={1} className="sd-full-width" />
        </Form.Item>
        <Form.Item name="note" label={t('spareParts.note')}>
          <Input />
        </Form.Item>
      </FormDrawer>
    </>
  );
}
