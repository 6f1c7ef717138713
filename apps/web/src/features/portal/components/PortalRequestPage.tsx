import { Alert, Button, DatePicker, Form, Input, Radio, Result, Select, Typography, type FormRule } from 'antd';
import { LIMITS, PORTAL_MAX_DAYS_AHEAD, PORTAL_SERVICE_TYPES, PREFERRED_PERIODS, validatePortalRequest } from '@stardesk/domain';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation } from 'urql';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { ButtonLink } from '../../../shared/components/ButtonLink';
import { serverFieldErrorsOf } from '../../../shared/graphql-error.util';
import { SubmitPortalRequestDocument } from '../graphql/portal';
import { usePortalOrganisation } from '../hooks/usePortalOrganisation';
import { portalErrorsToFields, toPortalDraft, toPortalInput, type PortalRequestField, type PortalRequestFormValues } from '../portal-form.util';
import { portalErrorMessage } from './PortalError';

const requiredMark = (label: ReactNode, { required }: { required: boolean }) => (
  <>
    {label}
    {required ? <span className="sd-required-mark" aria-hidden="true" /> : null}
  </>
);

export default function PortalRequestPage() {
  const { t } = useTranslation('portal');
  const { language } = useLanguage();
  const { orgCode = '' } = useParams();
  const organisation = usePortalOrganisation();
  const [form] = Form.useForm<PortalRequestFormValues>();
  const [{ fetching }, submit] = useMutation(SubmitPortalRequestDocument);
  const [banner, setBanner] = useState<string | null>(null);
  const [done, setDone] = useState<{ code: string; statusLabel: string } | null>(null);
  const today = dayjs(organisation.today);

  const rule = useCallback(
    (field: PortalRequestField): FormRule =>
      ({ getFieldsValue }) => ({
        validator: async () => {
          const result = validatePortalRequest(toPortalDraft(getFieldsValue(true) as PortalRequestFormValues), organisation.today);
          if (result.ok) return;
          const mine = portalErrorsToFields(result.errors, language).fields.find((entry) => entry.name === field);
          if (mine?.errors[0]) throw new Error(mine.errors[0]);
        },
      }),
    [language, organisation.today],
  );

  const onFinish = async (values: PortalRequestFormValues) => {
    setBanner(null);
    const checked = validatePortalRequest(toPortalDraft(values), organisation.today);
    if (!checked.ok) {
      form.setFields(portalErrorsToFields(checked.errors, language).fields);
      return;
    }
    const result = await submit({ orgCode, input: toPortalInput(checked.value) });
    const submitted = result.data?.submitPortalRequest;
    if (submitted) {
      setDone({ code: submitted.code, statusLabel: submitted.statusLabel });
      window.scrollTo?.({ top: 0 });
      return;
    }
    const fieldErrors = result.error ? serverFieldErrorsOf(result.error) : null;
    if (fieldErrors) {
      const mapped = portalErrorsToFields(fieldErrors, language);
      form.setFields(mapped.fields);
      setBanner(mapped.unmatched.join(' ') || t('request.fixErrors'));
      return;
    }
    setBanner(result.error ? portalErrorMessage(result.error, t) : t('unknownError'));
  };

  if (done) {
    return (
      <Result
        status="success"
        title={t('request.doneTitle')}
        subTitle={
          <>
            <Typography.Paragraph>{t('request.doneText', { code: done.code })}</Typography.Paragraph>
            <Typography.Text strong data-testid="request-code" copyable>
              {done.code}
            </Typography.Text>
            <Typography.Paragraph type="secondary">{t('request.doneStatus', { status: done.statusLabel })}</Typography.Paragraph>
          </>
        }
        extra={[
          <ButtonLink key="track" type="primary" to={`/portal/${orgCode}/track?code=${encodeURIComponent(done.code)}`}>
            {t('request.trackIt')}
          </ButtonLink>,
          <Button
            key="again"
            onClick={() => {
              form.resetFields();
              setDone(null);
            }}
          >
            {t('request.another')}
          </Button>,
        ]}
      />
    );
  }

  const disabledDate = (date: Dayjs) => date.isBefore(today, 'day') || date.isAfter(today.add(PORTAL_MAX_DAYS_AHEAD, 'day'), 'day');

  return (
    <>
      <Typography.Title level={1} className="sd-portal-title">
        {t('request.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('request.intro')}</Typography.Paragraph>
      <Form<PortalRequestFormValues>
        form={form}
        name="portalRequest"
        layout="vertical"
        requiredMark={requiredMark}
        initialValues={{ serviceType: 'REPAIR', preferredPeriod: 'ANY' }}
        onFinish={onFinish}
        scrollToFirstError={{ focus: true, block: 'center' }}
        aria-label={t('request.title')}
        noValidate
      >
        {banner ? <Alert type="error" showIcon className="sd-form-alert" title={t('request.failed')} description={banner} /> : null}
        <Form.Item name="serviceType" label={t('request.fields.serviceType')} required rules={[rule('serviceType')]}>
          <Radio.Group
            optionType="button"
            options={PORTAL_SERVICE_TYPES.map((value) => ({ value, label: t(`request.serviceTypes.${value}`) }))}
          />
        </Form.Item>
        <Form.Item name="customerName" label={t('request.fields.customerName')} required rules={[rule('customerName')]}>
          <Input autoComplete="name" maxLength={LIMITS.name} placeholder={t('request.placeholders.customerName')} aria-required />
        </Form.Item>
        <Form.Item name="customerPhone" label={t('request.fields.customerPhone')} required rules={[rule('customerPhone')]}>
          <Input type="tel" inputMode="tel" autoComplete="tel" placeholder={t('request.placeholders.customerPhone')} aria-required />
        </Form.Item>
        <Form.Item name="customerAddress" label={t('request.fields.customerAddress')} required rules={[rule('customerAddress')]}>
          <Input.TextArea autoComplete="street-address" rows={2} maxLength={LIMITS.address} placeholder={t('request.placeholders.customerAddress')} aria-required />
        </Form.Item>
        <Form.Item
          name="productId"
          label={t('request.fields.productId')}
          required
          extra={t('request.help.productOrSerial')}
          rules={[rule('productId')]}
          dependencies={['serialNo']}
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('request.placeholders.productId')}
            options={organisation.products.map((product) => ({ value: product.id, label: `${product.name} ${product.model}` }))}
          />
        </Form.Item>
        <Form.Item name="serialNo" label={t('request.fields.serialNo')} rules={[rule('serialNo')]}>
          <Input maxLength={LIMITS.serialNo} placeholder={t('request.placeholders.serialNo')} />
        </Form.Item>
        <Form.Item name="faultDescription" label={t('request.fields.faultDescription')} required rules={[rule('faultDescription')]}>
          <Input.TextArea rows={3} maxLength={LIMITS.fault} showCount placeholder={t('request.placeholders.faultDescription')} aria-required />
        </Form.Item>
        <Form.Item name="preferredDate" label={t('request.fields.preferredDate')} rules={[rule('preferredDate')]}>
          <DatePicker className="sd-full-width" disabledDate={disabledDate} inputReadOnly placeholder={t('request.placeholders.preferredDate')} />
        </Form.Item>
        <Form.Item name="preferredPeriod" label={t('request.fields.preferredPeriod')} rules={[rule('preferredPeriod')]}>
          <Radio.Group optionType="button" options={PREFERRED_PERIODS.map((value) => ({ value, label: t(`request.periods.${value}`) }))} />
        </Form.Item>
        {organisation.outlets.length > 1 ? (
          <Form.Item name="outletId" label={t('request.fields.outletId')} rules={[rule('outletId')]}>
            <Select
              allowClear
              placeholder={t('request.placeholders.outletId')}
              options={organisation.outlets.map((outlet) => ({ value: outlet.id, label: `${outlet.name}（${outlet.city}）` }))}
            />
          </Form.Item>
        ) : null}
        <Button type="primary" htmlType="submit" size="large" block loading={fetching}>
          {fetching ? t('request.submitting') : t('request.submit')}
        </Button>
      </Form>
    </>
  );
}
