import { Button, Checkbox, Flex, Form, Input, Select, Switch, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useFeedback } from '../../../app/feedback';
import type { AdminOutletsQuery, OutletKind } from '../../../gql/graphql';
import { PageHeader } from '../../../shared/components/PageHeader';
import { blankToNull } from '../admin-form.util';
import { AdminOutletsDocument, CreateOutletDocument, UpdateOutletDocument } from '../graphql/master-data';
import { AdminSettingsDocument } from '../graphql/settings';
import { overriddenKeys } from '../targets.util';
import { AdminTable } from './AdminTable';
import { FormDrawer } from './FormDrawer';
import { OutletTargetsDrawer } from './OutletTargetsDrawer';

type Outlet = AdminOutletsQuery['outlets'][number];
interface OutletValues {
  code?: string;
  name?: string;
  kind?: OutletKind;
  city?: string;
  address?: string | null;
  coverage?: string | null;
  regionId?: string | null;
  active?: boolean;
}
const FIELDS = ['code', 'name', 'kind', 'city', 'address', 'coverage', 'regionId', 'active'] as const;
const KINDS: OutletKind[] = ['OWN', 'PARTNER', 'AGENT'];

export default function OutletsPage() {
  const { t } = useTranslation('admin');
  const { notify } = useFeedback();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [result, reexecute] = useQuery({ query: AdminOutletsDocument, variables: { filter: { includeInactive } } });
  const [settings, reexecuteSettings] = useQuery({ query: AdminSettingsDocument, variables: {} });
  const [, create] = useMutation(CreateOutletDocument);
  const [, update] = useMutation(UpdateOutletDocument);
  const [editing, setEditing] = useState<Outlet | 'new' | null>(null);
  const [targetsOf, setTargetsOf] = useState<Outlet | null>(null);
  const [form] = Form.useForm<OutletValues>();
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const overrides = settings.data?.organisationSettings.outletTargets ?? [];

  return (
    <>
      <PageHeader
        title={t('outlets.title')}
        actions={
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('outlets.add')}
          </Button>
        }
      />
      <Flex className="sd-admin-toolbar">
        <Checkbox checked={includeInactive} onChange={(event) => setIncludeInactive(event.target.checked)}>
          {t('common.showInactive')}
        </Checkbox>
      </Flex>
      <AdminTable<Outlet>
        label={t('outlets.title')}
        error={result.error}
        fetching={result.fetching}
        onRetry={refresh}
        rowKey="id"
        dataSource={result.data?.outlets}
        columns={[
          { title: t('outlets.code'), dataIndex: 'code' },
          { title: t('outlets.name'), dataIndex: 'name' },
          { title: t('outlets.kind'), dataIndex: 'kind', render: (kind: OutletKind) => t(`outletKinds.${kind}`) },
          { title: t('outlets.city'), dataIndex: 'city' },
          { title: t('outlets.region'), dataIndex: 'regionName', render: (name: string | null) => name ?? t('common.none') },
          {
            title: t('outlets.targets'),
            key: 'targets',
            render: (_, outlet) => {
              const entry = overrides.find((override) => override.outletId === outlet.id);
              const count = entry ? overriddenKeys(entry.targets).length : 0;
              return (
                <Button type="link" onClick={() => setTargetsOf(outlet)}>
                  {count ? t('outlets.hasOverrides', { count }) : t('common.none')}
                </Button>
              );
            },
          },
          { title: t('common.status'), dataIndex: 'active', render: (active: boolean) => <Tag color={active ? 'success' : 'default'}>{active ? t('common.active') : t('common.inactive')}</Tag> },
          { title: t('common.actions'), key: 'actions', render: (_, outlet) => <Button type="link" onClick={() => setEditing(outlet)}>{t('common.edit')}</Button> },
        ]}
      />
      <FormDrawer<OutletValues>
        title={editing === 'new' ? t('outlets.add') : t('outlets.edit')}
        open={editing !== null}
        onClose={() => setEditing(null)}
        form={form}
        fields={FIELDS}
        initialValues={editing && editing !== 'new' ? editing : { kind: 'OWN' }}
        onSave={async (values) => {
          const input = blankToNull(values);
          if (editing === 'new') {
            const { active: _active, ...fields } = input;
            return create({ input: fields });
          }
          return update({ input: { ...input, id: (editing as Outlet).id, expectedVersion: (editing as Outlet).version } });
        }}
        onSaved={() => {
          notify('success', editing === 'new' ? t('common.created') : t('common.saved'));
          setEditing(null);
          refresh();
        }}
      >
        <Form.Item name="code" label={t('outlets.code')} required>
          <Input />
        </Form.Item>
        <Form.Item name="name" label={t('outlets.name')} required>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('outlets.kind')} required>
          <Select options={KINDS.map((kind) => ({ value: kind, label: t(`outletKinds.${kind}`) }))} />
        </Form.Item>
        <Form.Item name="city" label={t('outlets.city')} required>
          <Input />
        </Form.Item>
        <Form.Item name="address" label={t('outlets.address')}>
          <Input />
        </Form.Item>
        <Form.Item name="coverage" label={t('outlets.coverage')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="regionId" label={t('outlets.region')}>
          <Select allowClear options={(result.data?.regions ?? []).map((region) => ({ value: region.id, label: region.name }))} />
        </Form.Item>
        {editing !== 'new' ? (
          <Form.Item name="active" label={t('common.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        ) : null}
      </FormDrawer>
      <OutletTargetsDrawer
        outlet={targetsOf}
        current={overrides.find((override) => override.outletId === targetsOf?.id) ?? null}
        onClose={() => setTargetsOf(null)}
        onSaved={() => {
          setTargetsOf(null);
          reexecuteSettings({ requestPolicy: 'network-only' });
        }}
      />
    </>
  );
}
