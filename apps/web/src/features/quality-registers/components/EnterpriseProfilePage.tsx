import { Alert, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useFeedback } from '../../../app/feedback';
import { QueryError } from '../../../shared/components/QueryError';
import { describeGraphqlError, serverFieldErrorsOf } from '../../../shared/graphql-error.util';
import { EnterpriseProfileDocument, SaveEnterpriseProfileDocument } from '../graphql/quality-registers';
import { placeServerErrors, toLocalDate } from '../quality-registers.util';

export const PROFILE_FIELDS = [
  'legalName',
  'licenceNumber',
  'creditCode',
  'legalRepresentative',
  'authorisedContact',
  'contactPhone',
  'contactEmail',
  'address',
  'foundedOn',
  'history',
  'productsAndScope',
  'staffCount',
  'outletCount',
] as const;

type ProfileField = (typeof PROFILE_FIELDS)[number];
type ProfileValues = Partial<Record<Exclude<ProfileField, 'foundedOn' | 'staffCount' | 'outletCount'>, string | null>> & {
  foundedOn?: Dayjs | null;
  staffCount?: number | null;
  outletCount?: number | null;
};

const TEXT_AREAS: readonly ProfileField[] = ['history', 'productsAndScope'];
const REQUIRED: readonly ProfileField[] = ['legalName', 'legalRepresentative'];
const CONTEXT = { additionalTypenames: ['EnterpriseProfile'] };

/** 企业基本信息: one form, saved whole, with the version it was read at (a concurrent save is refused). */
export default function EnterpriseProfilePage() {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const [form] = Form.useForm<ProfileValues>();
  const [result, reexecute] = useQuery({ query: EnterpriseProfileDocument, context: CONTEXT, requestPolicy: 'cache-and-network' });
  const [{ fetching: saving }, save] = useMutation(SaveEnterpriseProfileDocument);
  const [banner, setBanner] = useState<string | null>(null);
  const profile = result.data?.enterpriseProfile ?? null;

  useEffect(() => {
    if (!profile) return;
    const { foundedOn, ...rest } = profile;
    form.setFieldsValue({ ...rest, foundedOn: foundedOn ? dayjs(foundedOn) : null });
  }, [form, profile]);

  if (result.error && !result.data) return <QueryError title={t('quality.common.loadFailed')} error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Spin className="sd-centered" />;

  const onFinish = async ({ foundedOn, ...values }: ProfileValues) => {
    setBanner(null);
    const saved = await save({ input: { ...values, foundedOn: toLocalDate(foundedOn), expectedVersion: profile?.version ?? null } }, CONTEXT);
    if (!saved.error) {
      notify('success', t('quality.common.saved'));
      return;
    }
    const fieldErrors = serverFieldErrorsOf(saved.error);
    if (fieldErrors) {
      const placed = placeServerErrors(fieldErrors, PROFILE_FIELDS);
      form.setFields(placed.fields.map((field) => ({ name: field.name as ProfileField, errors: field.errors })));
      setBanner(placed.unmatched.map((error) => error.message).join(' ') || t('quality.common.fixErrors'));
      return;
    }
    setBanner(describeGraphqlError(saved.error, t));
  };

  const input = (field: ProfileField) => {
    if (field === 'foundedOn') return <DatePicker className="sd-full-width" />;
    if (field === 'staffCount' || field === 'outletCount') return <InputNumber className="sd-full-width" min={0} precision={0} />;
    if (TEXT_AREAS.includes(field)) return <Input.TextArea rows={4} />;
    return <Input />;
  };

  return (
    <Card className="sd-section">
      <Typography.Paragraph type="secondary">
        {t('quality.profile.intro')} {profile ? t('quality.profile.lastSaved', { time: dayjs(profile.updatedAt).format('YYYY-MM-DD HH:mm') }) : t('quality.profile.notSaved')}
      </Typography.Paragraph>
      {banner ? <Alert type="error" showIcon className="sd-form-alert" title={banner} /> : null}
      <Form<ProfileValues> form={form} layout="vertical" onFinish={(values) => void onFinish(values)} aria-label={t('quality.tabs.profile')} noValidate>
        <Row gutter={16}>
          {PROFILE_FIELDS.map((field) => (
            <Col key={field} xs={24} md={TEXT_AREAS.includes(field) ? 24 : 12}>
              <Form.Item name={field} label={t(`quality.profile.fields.${field}`)} required={REQUIRED.includes(field)}>
                {input(field)}
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('quality.common.save')}
        </Button>
      </Form>
    </Card>
  );
}
