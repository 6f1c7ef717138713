import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, InputNumber, Select, Switch, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useFeedback } from '../../../app/feedback';
import type { AdminTrainingsQuery } from '../../../gql/graphql';
import { PageHeader } from '../../../shared/components/PageHeader';
import { AdminTrainingsDocument, CreateTrainingDocument, StaffOptionsDocument } from '../graphql/people';
import { AdminTable } from './AdminTable';
import { FormDrawer } from './FormDrawer';

type Training = AdminTrainingsQuery['trainings']['edges'][number]['node'];
interface TrainingValues {
  course?: string;
  date?: Dayjs | null;
  hours?: number | null;
  trainer?: string;
  syllabus?: string;
  attendees?: { staffId?: string; passed?: boolean; score?: number | null }[];
}

export default function TrainingsPage() {
  const { t } = useTranslation('admin');
  const { notify } = useFeedback();
  const [result, reexecute] = useQuery({ query: AdminTrainingsDocument, variables: {} });
  const [staff] = useQuery({ query: StaffOptionsDocument });
  const [, create] = useMutation(CreateTrainingDocument);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<TrainingValues>();
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const staffOptions = (staff.data?.staff ?? []).map((member) => ({ value: member.id, label: `${member.name}（${member.login}）` }));

  return (
    <>
      <PageHeader
        title={t('trainings.title')}
        actions={
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('trainings.add')}
          </Button>
        }
      />
      <AdminTable<Training>
        label={t('trainings.title')}
        error={result.error}
        fetching={result.fetching}
        onRetry={refresh}
        rowKey="id"
        dataSource={result.data?.trainings.edges.map((edge) => edge.node)}
        expandable={{
          expandedRowRender: (training) => (
            <Table
              size="small"
              pagination={false}
              rowKey={(attendance) => attendance.staff.id}
              dataSource={training.attendees}
              columns={[
                { title: t('trainings.attendees'), key: 'name', render: (_, attendance) => attendance.staff.name },
                { title: t('trainings.passed'), dataIndex: 'passed', render: (passed: boolean | null) => (passed == null ? t('common.none') : passed ? t('common.yes') : t('common.no')) },
                { title: t('trainings.score'), dataIndex: 'score', render: (score: number | null) => score ?? t('common.none') },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('trainings.date'), dataIndex: 'date' },
          { title: t('trainings.course'), dataIndex: 'course' },
          { title: t('trainings.hours'), dataIndex: 'hours', align: 'right' },
          { title: t('trainings.trainer'), dataIndex: 'trainer', render: (trainer: string | null) => trainer ?? t('common.none') },
          { title: t('trainings.attendeeCount'), dataIndex: 'attendeeCount', align: 'right' },
        ]}
      />
      <FormDrawer<TrainingValues>
        title={t('trainings.add')}
        open={adding}
        onClose={() => setAdding(false)}
        form={form}
        fields={['course', 'date', 'hours', 'trainer', 'syllabus', 'attendees']}
        initialValues={{ attendees: [{}] }}
        onSave={(values) =>
          create({
            input: {
              course: values.course ?? null,
              date: values.date ? values.date.format('YYYY-MM-DD') : null,
              hours: values.hours ?? null,
              trainer: values.trainer?.trim() || null,
              syllabus: values.syllabus?.trim() || null,
              attendees: (values.attendees ?? []).map((attendee) => ({ staffId: attendee.staffId ?? null, passed: attendee.passed ?? null, score: attendee.score ?? null })),
            },
          })
        }
        onSaved={() => {
          notify('success', t('common.created'));
          setAdding(false);
          refresh();
        }}
      >
        <Form.Item name="course" label={t('trainings.course')} required>
          <Input />
        </Form.Item>
        <Form.Item name="date" label={t('trainings.date')} required>
          <DatePicker className="sd-full-width" />
        </Form.Item>
        <Form.Item name="hours" label={t('trainings.hours')} required>
          <InputNumber min={0.5} step={0.5} className="sd-full-width" />
        </Form.Item>
        <Form.Item name="trainer" label={t('trainings.trainer')}>
          <Input />
        </Form.Item>
        <Form.Item name="syllabus" label={t('trainings.syllabus')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.List name="attendees">
          {(fields, { add, remove }) => (
            <fieldset className="sd-portal-fieldset">
              <legend>{t('trainings.attendees')}</legend>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="baseline" wrap>
                  <Form.Item name={[field.name, 'staffId']} label={t('trainings.attendees')} required className="sd-grow">
                    <Select showSearch={{ optionFilterProp: 'label' }} options={staffOptions} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'passed']} label={t('trainings.passed')} valuePropName="checked">
                    <Switch />
                  </Form.Item>
                  <Form.Item name={[field.name, 'score']} label={t('trainings.score')}>
                    <InputNumber min={0} max={100} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('surveys.removeFactor')} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
                {t('common.add')}
              </Button>
            </fieldset>
          )}
        </Form.List>
      </FormDrawer>
    </>
  );
}
