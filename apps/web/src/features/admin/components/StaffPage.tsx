import { Button, Checkbox, Flex, Form, Input, Select, Space, Switch, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useFeedback } from '../../../app/feedback';
import type { AdminStaffQuery, StaffRole } from '../../../gql/graphql';
import { PageHeader } from '../../../shared/components/PageHeader';
import { blankToNull } from '../admin-form.util';
import { AdminStaffDocument, CreateStaffDocument, UpdateStaffDocument } from '../graphql/people';
import { AdminTable } from './AdminTable';
import { FormDrawer } from './FormDrawer';

type Member = AdminStaffQuery['staff'][number];
interface StaffValues {
  login?: string;
  name?: string;
  role?: StaffRole;
  phone?: string | null;
  outletIds?: string[];
  active?: boolean;
}
const ROLES: StaffRole[] = ['ADMIN', 'MANAGER', 'DISPATCHER', 'TECHNICIAN', 'AUDITOR'];
const FIELDS = ['login', 'name', 'role', 'phone', 'outletIds', 'active'] as const;

export default function StaffPage() {
  const { t } = useTranslation('admin');
  const { notify } = useFeedback();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [yearStart] = useState(() => dayjs().startOf('year').format('YYYY-MM-DD'));
  const [result, reexecute] = useQuery({ query: AdminStaffDocument, variables: { includeInactive, from: yearStart } });
  const [, create] = useMutation(CreateStaffDocument);
  const [, update] = useMutation(UpdateStaffDocument);
  const [editing, setEditing] = useState<Member | 'new' | null>(null);
  const [form] = Form.useForm<StaffValues>();
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const outletCode = new Map((result.data?.outlets ?? []).map((outlet) => [outlet.id, outlet.code]));

  return (
    <>
      <PageHeader
        title={t('staff.title')}
        actions={
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('staff.add')}
          </Button>
        }
      />
      <Flex className="sd-admin-toolbar">
        <Checkbox checked={includeInactive} onChange={(event) => setIncludeInactive(event.target.checked)}>
          {t('common.showInactive')}
        </Checkbox>
      </Flex>
      <AdminTable<Member>
        label={t('staff.title')}
        error={result.error}
        fetching={result.fetching}
        onRetry={refresh}
        rowKey="id"
        dataSource={result.data?.staff}
        columns={[
          { title: t('staff.login'), dataIndex: 'login' },
          { title: t('staff.name'), dataIndex: 'name' },
          { title: t('staff.role'), dataIndex: 'role', render: (role: StaffRole) => t(`roles.${role}`) },
          { title: t('staff.phone'), dataIndex: 'phone', render: (phone: string | null) => phone ?? t('common.none') },
          { title: t('staff.outlets'), dataIndex: 'outletIds', render: (ids: string[]) => ids.map((id) => outletCode.get(id) ?? id).join('、') || t('common.none') },
          {
            title: t('staff.qualifications'),
            dataIndex: 'qualifications',
            render: (list: Member['qualifications']) => (
              <Space wrap size={4}>
                {list.filter((item) => item.validToday).map((item) => (
                  <Tag key={item.id} color="blue">
                    {item.certificateTypeLabel}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { title: t('staff.trainingHours'), dataIndex: 'trainingHours', align: 'right' },
          { title: t('common.status'), dataIndex: 'active', render: (active: boolean) => <Tag color={active ? 'success' : 'default'}>{active ? t('common.active') : t('common.inactive')}</Tag> },
          { title: t('common.actions'), key: 'actions', render: (_, member) => <Button type="link" onClick={() => setEditing(member)}>{t('common.edit')}</Button> },
        ]}
      />
      <FormDrawer<StaffValues>
        title={editing === 'new' ? t('staff.add') : t('staff.edit')}
        open={editing !== null}
        onClose={() => setEditing(null)}
        form={form}
        fields={FIELDS}
        initialValues={editing && editing !== 'new' ? editing : { role: 'TECHNICIAN', outletIds: [] }}
        onSave={async (values) => {
          const input = blankToNull(values);
          if (editing === 'new') {
            const { active: _active, ...fields } = input;
            return create({ input: fields });
          }
          return update({ input: { ...input, id: (editing as Member).id, expectedVersion: (editing as Member).version } });
        }}
        onSaved={() => {
          notify('success', editing === 'new' ? t('common.created') : t('common.saved'));
          setEditing(null);
          refresh();
        }}
      >
        <Form.Item name="login" label={t('staff.login')} required>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('staff.name')} required>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('staff.role')} required>
          <Select options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
        </Form.Item>
        <Form.Item name="phone" label={t('staff.phone')}>
          <Input type="tel" />
        </Form.Item>
        <Form.Item name="outletIds" label={t('staff.outlets')}>
          <Select mode="multiple" options={(result.data?.outlets ?? []).map((outlet) => ({ value: outlet.id, label: `${outlet.code} ${outlet.name}` }))} />
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
