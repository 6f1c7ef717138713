import { DeleteOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Descriptions, Flex, Form, Input, InputNumber, Select, Space, Spin, Switch, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useCurrentOrganisation } from '../../../app/organisation/organisation-context';
import { useFeedback } from '../../../app/feedback';
import type { AdminSettingsQuery, CalendarDayKind, TargetKey, TargetValuesInput } from '../../../gql/graphql';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryError } from '../../../shared/components/QueryError';
import { describeGraphqlError, serverFieldErrorsOf } from '../../../shared/graphql-error.util';
import { serverErrorsToFormFields } from '../admin-form.util';
import { AdminSettingsDocument, SetCalendarDaysDocument, UpdateOrganisationSettingsDocument } from '../graphql/settings';
import { TARGET_FIELDS, TARGET_KEYS, clearedTargetKeys, overriddenKeys, toTargetValuesInput } from '../targets.util';
import { OutletTargetsDrawer } from './OutletTargetsDrawer';

type Settings = AdminSettingsQuery['organisationSettings'];
type Day = AdminSettingsQuery['calendarDays'][number];
interface GeneralValues {
  timeZone?: string;
  workingCalendarEnabled?: boolean;
  targets?: TargetValuesInput;
}

function GeneralSettings({ settings, onSaved }: { settings: Settings; onSaved: () => void }) {
  const { t } = useTranslation('admin');
  const { t: tApp } = useTranslation();
  const { notify } = useFeedback();
  const [form] = Form.useForm<GeneralValues>();
  const [{ fetching }, update] = useMutation(UpdateOrganisationSettingsDocument);
  const [banner, setBanner] = useState<string | null>(null);
  const inForce = new Map(settings.targetsInForce.map((target) => [target.key, target]));

  const save = async (values: GeneralValues) => {
    setBanner(null);
    const targets = toTargetValuesInput(values.targets ?? {});
    const result = await update({
      input: {
        expectedVersion: settings.version,
        timeZone: values.timeZone ?? null,
        workingCalendarEnabled: values.workingCalendarEnabled ?? null,
        targets,
        clearTargets: clearedTargetKeys(settings.targets, targets),
      },
    });
    if (!result.error) {
      notify('success', t('common.saved'));
      onSaved();
      return;
    }
    const fieldErrors = serverFieldErrorsOf(result.error);
    if (fieldErrors) {
      const mapped = serverErrorsToFormFields(fieldErrors, ['timeZone', 'workingCalendarEnabled', 'targets']);
      form.setFields(mapped.fields as Parameters<typeof form.setFields>[0]);
      setBanner(mapped.unmatched.join(' ') || t('common.fixErrors'));
    } else {
      setBanner(describeGraphqlError(result.error, tApp));
    }
  };

  return (
    <Card title={t('organisation.targets')} className="sd-admin-card">
      {banner ? <Alert type="error" showIcon className="sd-form-alert" title={t('common.saveFailed')} description={banner} /> : null}
      <Form<GeneralValues>
        form={form}
        layout="vertical"
        initialValues={{ timeZone: settings.timeZone, workingCalendarEnabled: settings.workingCalendarEnabled, targets: settings.targets }}
        onFinish={(values) => void save(values)}
        aria-label={t('organisation.targets')}
        noValidate
      >
        <Flex gap={16} wrap>
          <Form.Item name="timeZone" label={t('organisation.timeZone')} required>
            <Input />
          </Form.Item>
          <Form.Item name="workingCalendarEnabled" label={t('organisation.workingCalendar')} valuePropName="checked" extra={t('organisation.workingCalendarHelp')}>
            <Switch />
          </Form.Item>
        </Flex>
        <Typography.Paragraph type="secondary">{t('organisation.targetsHelp')}</Typography.Paragraph>
        <Table
          size="small"
          pagination={false}
          rowKey={(key) => key}
          scroll={{ x: 'max-content' }}
          aria-label={t('organisation.targets')}
          dataSource={TARGET_KEYS}
          columns={[
            { title: t('organisation.targetKey'), key: 'key', render: (_, key: TargetKey) => t(`targetKeys.${key}`) },
            {
              title: t('organisation.value'),
              key: 'value',
              render: (_, key: TargetKey) => (
                <Form.Item name={['targets', TARGET_FIELDS[key]]} noStyle>
                  <InputNumber min={1} aria-label={t(`targetKeys.${key}`)} />
                </Form.Item>
              ),
            },
            { title: t('organisation.inForce'), key: 'inForce', align: 'right', render: (_, key: TargetKey) => inForce.get(key)?.value ?? '—' },
            {
              title: t('organisation.source'),
              key: 'source',
              render: (_, key: TargetKey) => {
                const source = inForce.get(key)?.source;
                return source ? <Tag>{t(`targetSources.${source}`)}</Tag> : null;
              },
            },
          ]}
        />
        <Flex justify="flex-end" className="sd-form-actions">
          <Button type="primary" htmlType="submit" loading={fetching}>
            {fetching ? t('common.saving') : t('common.save')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}

function OutletOverrides({ data, onSaved }: { data: AdminSettingsQuery; onSaved: () => void }) {
  const { t } = useTranslation('admin');
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const overrides = data.organisationSettings.outletTargets;
  return (
    <Card title={t('organisation.outletOverrides')} className="sd-admin-card">
      <Typography.Paragraph type="secondary">{t('organisation.outletOverridesHelp')}</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        rowKey="id"
        aria-label={t('organisation.outletOverrides')}
        dataSource={data.outlets}
        columns={[
          { title: t('organisation.outlet'), key: 'outlet', render: (_, outlet) => `${outlet.code} ${outlet.name}` },
          {
            title: t('organisation.overriddenKeys'),
            key: 'keys',
            render: (_, outlet) => {
              const entry = overrides.find((override) => override.outletId === outlet.id);
              const keys = entry ? overriddenKeys(entry.targets) : [];
              return keys.length ? (
                <Space wrap size={4}>
                  {keys.map((key) => (
                    <Tag key={key}>{`${t(`targetKeys.${key}`)}: ${entry?.targets[TARGET_FIELDS[key]] ?? ''}`}</Tag>
                  ))}
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('organisation.noOverrides')}</Typography.Text>
              );
            },
          },
          { title: t('common.actions'), key: 'actions', render: (_, outlet) => <Button type="link" onClick={() => setEditing(outlet)}>{t('common.edit')}</Button> },
        ]}
      />
      <OutletTargetsDrawer
        outlet={editing}
        current={overrides.find((override) => override.outletId === editing?.id) ?? null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          onSaved();
        }}
      />
    </Card>
  );
}

const KINDS: CalendarDayKind[] = ['HOLIDAY', 'MAKEUP_WORKDAY'];

function WorkingCalendar({ year, setYear, days, version, onSaved }: { year: number; setYear: (year: number) => void; days: readonly Day[]; version: number; onSaved: () => void }) {
  const { t } = useTranslation('admin');
  const { t: tApp } = useTranslation();
  const { notify } = useFeedback();
  const [draft, setDraft] = useState<Day[]>([...days]);
  const [newDay, setNewDay] = useState<{ date: Dayjs | null; kind: CalendarDayKind; name: string }>({ date: null, kind: 'HOLIDAY', name: '' });
  const [{ fetching }, save] = useMutation(SetCalendarDaysDocument);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setError(null);
    const result = await save({ input: { year, expectedVersion: version, days: draft.map(({ date, kind, name }) => ({ date, kind, name })) } });
    if (!result.error) {
      notify('success', t('organisation.calendarSaved', { year }));
      onSaved();
      return;
    }
    const fieldErrors = serverFieldErrorsOf(result.error);
    setError(fieldErrors ? fieldErrors.map((fieldError) => `${fieldError.field}: ${fieldError.message}`).join(' ') : describeGraphqlError(result.error, tApp));
  };

  return (
    <Card
      title={t('organisation.calendar')}
      className="sd-admin-card"
      extra={
        <Select
          aria-label={t('organisation.year')}
          value={year}
          onChange={setYear}
          options={[-1, 0, 1].map((offset) => dayjs().year() + offset).map((value) => ({ value, label: String(value) }))}
        />
      }
    >
      {error ? <Alert type="error" showIcon className="sd-form-alert" title={t('common.saveFailed')} description={error} /> : null}
      <Table
        size="small"
        pagination={false}
        rowKey="date"
        aria-label={t('organisation.calendar')}
        dataSource={[...draft].sort((a, b) => a.date.localeCompare(b.date))}
        locale={{ emptyText: t('organisation.noDays') }}
        columns={[
          { title: t('organisation.date'), dataIndex: 'date' },
          { title: t('organisation.kind'), dataIndex: 'kind', render: (kind: CalendarDayKind) => t(`calendarKinds.${kind}`) },
          { title: t('organisation.name'), dataIndex: 'name' },
          {
            title: t('common.actions'),
            key: 'remove',
            render: (_, day) => (
              <Button type="text" icon={<DeleteOutlined />} aria-label={`${t('organisation.removeDay')} ${day.date}`} onClick={() => setDraft((list) => list.filter((entry) => entry.date !== day.date))} />
            ),
          },
        ]}
      />
      <Flex gap={8} wrap className="sd-form-actions">
        <DatePicker
          aria-label={t('organisation.date')}
          value={newDay.date}
          disabledDate={(date) => date.year() !== year}
          onChange={(date) => setNewDay((current) => ({ ...current, date }))}
        />
        <Select aria-label={t('organisation.kind')} value={newDay.kind} onChange={(kind) => setNewDay((current) => ({ ...current, kind }))} options={KINDS.map((kind) => ({ value: kind, label: t(`calendarKinds.${kind}`) }))} />
        <Input aria-label={t('organisation.name')} placeholder={t('organisation.name')} value={newDay.name} onChange={(event) => setNewDay((current) => ({ ...current, name: event.target.value }))} className="sd-calendar-name" />
        <Button
          disabled={!newDay.date || !newDay.name.trim()}
          onClick={() => {
            const date = newDay.date!.format('YYYY-MM-DD');
            setDraft((list) => [...list.filter((entry) => entry.date !== date), { __typename: 'CalendarDay', date, kind: newDay.kind, name: newDay.name.trim() }]);
            setNewDay({ date: null, kind: newDay.kind, name: '' });
          }}
        >
          {t('organisation.addDay')}
        </Button>
        <Button type="primary" loading={fetching} onClick={() => void submit()}>
          {t('organisation.saveCalendar')}
        </Button>
      </Flex>
    </Card>
  );
}

/** Who the organisation is: name and code (fixed; people sign in with the code) and its time zone. */
function OrganisationProfile({ timeZone, calendarOn }: { timeZone: string; calendarOn: boolean }) {
  const { t } = useTranslation('admin');
  const organisation = useCurrentOrganisation();
  return (
    <Card title={t('organisation.profile')} className="sd-admin-card" extra={<Link to="/quality/profile">{t('organisation.enterpriseProfile')}</Link>}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'name', label: t('organisation.orgName'), children: organisation.name },
          { key: 'code', label: t('organisation.orgCode'), children: <Typography.Text code copyable>{organisation.code}</Typography.Text> },
          { key: 'timeZone', label: t('organisation.timeZone'), children: timeZone },
          { key: 'calendar', label: t('organisation.workingCalendar'), children: calendarOn ? t('common.yes') : t('common.no') },
        ]}
      />
      <Typography.Paragraph type="secondary" className="sd-profile-help">
        {t('organisation.profileHelp')}
      </Typography.Paragraph>
    </Card>
  );
}

/** Time zone, targets (organisation and outlet overrides) and the working calendar of the organisation. */
export default function OrganisationSettingsPage() {
  const { t } = useTranslation('admin');
  const [year, setYear] = useState(() => dayjs().year());
  const [result, reexecute] = useQuery({ query: AdminSettingsDocument, variables: { year } });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  let body;
  if (result.error) body = <QueryError title={t('common.loadFailed')} error={result.error} onRetry={refresh} />;
  else if (!result.data)
    body = (
      <div className="sd-centered" role="status">
        <Spin />
      </div>
    );
  else
    body = (
      <Flex vertical gap={16}>
        <OrganisationProfile timeZone={result.data.organisationSettings.timeZone} calendarOn={result.data.organisationSettings.workingCalendarEnabled} />
        <GeneralSettings key={result.data.organisationSettings.version} settings={result.data.organisationSettings} onSaved={refresh} />
        <OutletOverrides data={result.data} onSaved={refresh} />
        <WorkingCalendar
          key={`${year}:${result.data.organisationSettings.version}:${result.data.calendarDays.length}`}
          year={year} setYear={setYear} days={result.data.calendarDays} version={result.data.organisationSettings.version} onSaved={refresh} />
      </Flex>
    );

  return (
    <>
      <PageHeader title={t('organisation.title')} subtitle={t('organisation.subtitle')} />
      {body}
    </>
  );
}
