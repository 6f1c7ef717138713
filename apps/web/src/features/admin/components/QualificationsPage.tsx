import { Button, DatePicker, Form, Input, Select, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useFeedback } from '../../../app/feedback';
import type { AdminQualificationsQuery, CertificateType } from '../../../gql/graphql';
import { PageHeader } from '../../../shared/components/PageHeader';
import { AdminQualificationsDocument, CreateQualificationDocument, StaffOptionsDocument } from '../graphql/people';
import { AdminTable } from './AdminTable';
import { FormDrawer } from './FormDrawer';

type Qualification = AdminQualificationsQuery['qualifications']['edges'][number]['node'];
interface QualificationValues {
  staffId?: string;
  certificateType?: CertificateType;
  certificateNo?: string;
  title?: string;
  issuer?: string;
  validFrom?: Dayjs | null;
  validUntil?: Dayjs | null;
}
const TYPES: CertificateType[] = ['ELECTRICIAN', 'REFRIGERATION', 'GAS_APPLIANCE', 'HAZARDOUS_WORK', 'OTHER'];
const localDate = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

export default function QualificationsPage() {
  const { t } = useTranslation('admin');
  const { notify } = useFeedback();
  const [result, reexecute] = useQuery({ query: AdminQualificationsDocument, variables: {} });
  const [staff] = useQuery({ query: StaffOptionsDocument });
  const [, create] = useMutation(CreateQualificationDocument);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<QualificationValues>();
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <>
      <PageHeader
        title={t('qualifications.title')}
        actions={
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('qualifications.add')}
          </Button>
        }
      />
      <AdminTable<Qualification>
        label={t('qualifications.title')}
        error={result.error}
        fetching={result.fetching}
        onRetry={refresh}
        rowKey="id"
        dataSource={result.data?.qualifications.edges.map((edge) => edge.node)}
        columns={[
          { title: t('qualifications.staff'), key: 'staff', render: (_, item) => item.staff.name },
          { title: t('qualifications.type'), dataIndex: 'certificateTypeLabel' },
          { title: t('qualifications.certificateNo'), dataIndex: 'certificateNo' },
          { title: t('qualifications.issuer'), dataIndex: 'issuer' },
          { title: t('qualifications.validFrom'), dataIndex: 'validFrom' },
          { title: t('qualifications.validUntil'), dataIndex: 'validUntil', render: (value: string | null) => value ?? t('common.none') },
          {
            title: t('common.status'),
            dataIndex: 'validToday',
            render: (valid: boolean) => <Tag color={valid ? 'success' : 'error'}>{valid ? t('qualifications.validToday') : t('qualifications.expired')}</Tag>,
          },
        ]}
      />
      <FormDrawer<QualificationValues>
        title={t('qualifications.add')}
        open={adding}
        onClose={() => setAdding(false)}
        form={form}
        fields={['staffId', 'certificateType', 'certificateNo', 'title', 'issuer', 'validFrom', 'validUntil']}
        onSave={(values) =>
          create({
            input: {
              staffId: values.staffId ?? null,
              certificateType: values.certificateType ?? null,
              certificateNo: values.certificateNo ?? null,
              title: values.title?.trim() || null,
              issuer: values.issuer ?? null,
              validFrom: localDate(values.validFrom),
              validUntil: localDate(values.validUntil),
            },
          })
        }
        onSaved={() => {
          notify('success', t('common.created'));
          setAdding(false);
          refresh();
        }}
      >
        <Form.Item name="staffId" label={t('qualifications.staff')} required>
          <Select showSearch={{ optionFilterProp: 'label' }} options={(staff.data?.staff ?? []).map((member) => ({ value: member.id, label: `${member.name}（${member.login}）` }))} />
        </Form.Item>
        <Form.Item name="certificateType" label={t('qualifications.type')} required>
          <Select options={TYPES.map((type) => ({ value: type, label: t(`certificateTypes.${type}`) }))} />
        </Form.Item>
        <Form.Item name="certificateNo" label={t('qualifications.certificateNo')} required>
          <Input />
        </Form.Item>
        <Form.Item name="title" label={t('qualifications.certificateTitle')}>
          <Input />
        </Form.Item>
        <Form.Item name="issuer" label={t('qualifications.issuer')} required>
          <Input />
        </Form.Item>
        <Form.Item name="validFrom" label={t('qualifications.validFrom')} required>
          <DatePicker className="sd-full-width" />
        </Form.Item>
        <Form.Item name="validUntil" label={t('qualifications.validUntil')}>
          <DatePicker className="sd-full-width" />
        </Form.Item>
      </FormDrawer>
    </>
  );
}
