import { Alert, Button, Col, DatePicker, Divider, Flex, Form, Input, Row, Select, Typography, type FormRule } from 'antd';
import {
  CHANNELS,
  LIMITS,
  PRIORITIES,
  SERVICE_TYPES,
  validateNewServiceRequest,
} from '@stardesk/domain';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { preloadFeedback, useFeedback } from '../../../app/feedback';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { ButtonLink } from '../../../shared/components/ButtonLink';
import { describeGraphqlError, serverFieldErrorsOf } from '../../../shared/graphql-error.util';
import { useCreateServiceRequest } from '../hooks/useCreateServiceRequest';
import { useIntakeLookup } from '../hooks/useIntakeLookup';
import { lookupPhone, lookupSerial } from '../intake-lookup.util';
import { CustomerHint, DuplicateWarning, UnitHint } from './IntakeHints';
import { useOutlets, useProducts } from '../hooks/useReferenceData';
import {
  domainErrorsToFields,
  messagesForField,
  serverErrorsToFields,
  toCreateInput,
  toDraft,
  type FieldErrorsData,
  type NewRequestField,
  type NewRequestFormValues,
} from '../request-form.util';

export const NEW_REQUEST_FORM_NAME = 'newRequest';

const disableFuture = (date: Dayjs): boolean => date.isAfter(dayjs(), 'day');

/**
 * The required mark is drawn by CSS with empty alternative text, so a label's text and accessible
 * name stay exactly the field name ("联系电话", not "* 联系电话"); inputs carry aria-required instead.
 */
const requiredMark = (label: ReactNode, { required }: { required: boolean }) => (
  <>
    {label}
    {required ? <span className="sd-required-mark" aria-hidden="true" /> : null}
  </>
);

/**
 * Opens a service request. Every field is checked as the user goes with the same rules the API
 * applies (`validateNewServiceRequest` of @stardesk/domain); the API's own verdict, if it differs
 * (e.g. an outlet deleted meanwhile), lands on the same fields.
 */
export function NewRequestForm() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { notify } = useFeedback();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewRequestFormValues>();
  const outlets = useOutlets();
  const products = useProducts();
  const [{ submitting }, createServiceRequest] = useCreateServiceRequest();
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [initialValues] = useState<NewRequestFormValues>(() => ({ priority: 'NORMAL', reportedAt: dayjs() }));
  const type = Form.useWatch('type', form);
  const [lookup, { byPhone, bySerial }] = useIntakeLookup();

  /** A known caller fills in name and address the dispatcher has not typed yet. */
  const findCaller = async () => {
    const customer = await byPhone(lookupPhone(form.getFieldValue('customerPhone') as string | null));
    if (!customer) return;
    const values = form.getFieldsValue(['customerName', 'customerAddress']) as NewRequestFormValues;
    form.setFieldsValue({
      customerName: values.customerName?.trim() ? values.customerName : customer.name,
      customerAddress: values.customerAddress?.trim() ? values.customerAddress : customer.address,
    });
  };

  /** A registered unit fills in its product and purchase date. */
  const findUnit = async () => {
    const unit = await bySerial(lookupSerial(form.getFieldValue('serialNo') as string | null));
    if (!unit) return;
    const values = form.getFieldsValue(['productId', 'purchaseDate']) as NewRequestFormValues;
    form.setFieldsValue({
      productId: values.productId ?? unit.product.id,
      purchaseDate: values.purchaseDate ?? (unit.purchaseDate ? dayjs(unit.purchaseDate) : null),
    });
    if (!values.productId) void form.validateFields(['productId']).catch(() => undefined);
  };

  /** Enter in a lookup field looks up instead of submitting; Ctrl/⌘+Enter submits from anywhere. */
  const onLookupKey = (find: () => Promise<void>) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      void find();
    }
  };
  const onFormKey = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.submit();
    }
  };

  const domainRule = useCallback(
    (field: NewRequestField): FormRule =>
      ({ getFieldsValue }) => ({
        validator: async () => {
          const result = validateNewServiceRequest(toDraft(getFieldsValue(true) as NewRequestFormValues), new Date());
          if (result.ok) return;
          const [first] = messagesForField(result.errors, field, language);
          if (first) throw new Error(first);
        },
      }),
    [language],
  );

  useEffect(preloadFeedback, []);

  // Messages already on screen follow a language switch.
  const shownLanguage = useRef(language);
  useEffect(() => {
    if (shownLanguage.current === language) return;
    shownLanguage.current = language;
    const withErrors = form.getFieldsError().filter((field) => field.errors.length > 0).map((field) => field.name);
    if (withErrors.length) form.validateFields(withErrors).catch(() => undefined);
  }, [form, language]);

  const showFieldErrors = (fields: FieldErrorsData[]) => {
    form.setFields(fields);
    const first = fields[0];
    if (first) form.scrollToField(first.name, { focus: true, block: 'center' });
  };

  const onFinish = async (values: NewRequestFormValues) => {
    setSubmitError(null);
    const validation = validateNewServiceRequest(toDraft(values), new Date());
    if (!validation.ok) {
      showFieldErrors(domainErrorsToFields(validation.errors, language).fields);
      return;
    }
    const outcome = await createServiceRequest(toCreateInput(validation.value));
    if (outcome.ok) {
      notify('success', t('newRequest.created', { code: outcome.request.code }));
      void navigate(`/requests/${outcome.request.id}`);
      return;
    }
    const fieldErrors = outcome.error ? serverFieldErrorsOf(outcome.error) : null;
    if (fieldErrors) {
      const mapped = serverErrorsToFields(fieldErrors);
      showFieldErrors(mapped.fields);
      const other = mapped.unmatched.map((error) => error.message).join(' ');
      setSubmitError(other || t('newRequest.fixErrors'));
      return;
    }
    setSubmitError(outcome.error ? describeGraphqlError(outcome.error, t) : t('common.unknownError'));
  };

  const referenceError = outlets.error ?? products.error;

  return (
    <Form<NewRequestFormValues>
      form={form}
      name={NEW_REQUEST_FORM_NAME}
      layout="vertical"
      requiredMark={requiredMark}
      initialValues={initialValues}
      onFinish={onFinish}
      scrollToFirstError={{ focus: true, block: 'center' }}
      aria-label={t('newRequest.title')}
      onKeyDown={onFormKey}
      noValidate
    >
      {referenceError ? (
        <Alert
          type="warning"
          showIcon
          className="sd-form-alert"
          title={t('newRequest.referenceLoadFailed')}
          description={describeGraphqlError(referenceError, t)}
          action={
            <Button
              size="small"
              onClick={() => {
                outlets.retry();
                products.retry();
              }}
            >
              {t('common.retry')}
            </Button>
          }
        />
      ) : null}

      <Divider titlePlacement="start">{t('newRequest.sections.customer')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="customerPhone"
            label={t('newRequest.fields.customerPhone')}
            required
            rules={[domainRule('customerPhone')]}
            extra={<CustomerHint customer={lookup.customer} looked={lookup.phone !== null && !lookup.looking} />}
          >
            <Input
              type="tel"
              inputMode="tel"
              autoComplete="off"
              autoFocus
              placeholder={t('newRequest.placeholders.customerPhone')}
              onBlur={() => void findCaller()}
              onKeyDown={onLookupKey(findCaller)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="customerName" label={t('newRequest.fields.customerName')} required rules={[domainRule('customerName')]}>
            <Input autoComplete="off" maxLength={LIMITS.name} placeholder={t('newRequest.placeholders.customerName')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="customerAddress" label={t('newRequest.fields.customerAddress')} rules={[domainRule('customerAddress')]}>
            <Input autoComplete="off" maxLength={LIMITS.address} placeholder={t('newRequest.placeholders.customerAddress')} />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('newRequest.sections.product')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={7}>
          <Form.Item name="serialNo"
            label={t('newRequest.fields.serialNo')}
            rules={[domainRule('serialNo')]}
            extra={<UnitHint unit={lookup.unit} unknown={lookup.unitUnknown && !lookup.looking} />}
          >
            <Input
              autoComplete="off"
              maxLength={LIMITS.serialNo}
              placeholder={t('newRequest.placeholders.serialNo')}
              onBlur={() => void findUnit()}
              onKeyDown={onLookupKey(findUnit)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="productId" label={t('newRequest.fields.productId')} required rules={[domainRule('productId')]}>
            <Select
              placeholder={t('newRequest.placeholders.productId')}
              loading={products.fetching}
              showSearch={{ optionFilterProp: 'label' }}
              options={products.items.map((product) => ({
                value: product.id,
                label: t('newRequest.productOption', { model: product.model, name: product.name }),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={7}>
          <Form.Item name="purchaseDate" label={t('newRequest.fields.purchaseDate')} rules={[domainRule('purchaseDate')]}>
            <DatePicker
              format="YYYY-MM-DD"
              disabledDate={disableFuture}
              placeholder={t('newRequest.placeholders.purchaseDate')}
              className="sd-full-width"
            />
          </Form.Item>
        </Col>
      </Row>

      <DuplicateWarning duplicates={lookup.duplicates} />
      {lookup.failed ? <Alert type="info" showIcon className="sd-form-alert" title={t('ops.intake.lookupFailed')} /> : null}

      <Divider titlePlacement="start">{t('newRequest.sections.request')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="type" label={t('newRequest.fields.type')} required rules={[domainRule('type')]}>
            <Select
              placeholder={t('newRequest.placeholders.type')}
              options={SERVICE_TYPES.map((value) => ({ value, label: t(`enums.serviceType.${value}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="channel" label={t('newRequest.fields.channel')} required rules={[domainRule('channel')]}>
            <Select
              placeholder={t('newRequest.placeholders.channel')}
              options={CHANNELS.map((value) => ({ value, label: t(`enums.channel.${value}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="priority" label={t('newRequest.fields.priority')} rules={[domainRule('priority')]}>
            <Select options={PRIORITIES.map((value) => ({ value, label: t(`enums.priority.${value}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="outletId" label={t('newRequest.fields.outletId')} required rules={[domainRule('outletId')]}>
            <Select
              placeholder={t('newRequest.placeholders.outletId')}
              loading={outlets.fetching}
              showSearch={{ optionFilterProp: 'label' }}
              options={outlets.items.map((outlet) => ({
                value: outlet.id,
                label: t('newRequest.outletOption', {
                  name: outlet.name,
                  kind: t(`enums.outletKind.${outlet.kind}`),
                  city: outlet.city,
                }),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="reportedAt"
            label={t('newRequest.fields.reportedAt')}
            extra={t('newRequest.help.reportedAt')}
            rules={[domainRule('reportedAt')]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              disabledDate={disableFuture}
              placeholder={t('newRequest.placeholders.reportedAt')}
              className="sd-full-width"
            />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('newRequest.sections.fault')}</Divider>
      <Form.Item
        name="faultDescription"
        label={t('newRequest.fields.faultDescription')}
        required={type === 'REPAIR'}
        dependencies={['type']}
        extra={type === 'REPAIR' ? t('newRequest.help.faultRequiredForRepair') : undefined}
        rules={[domainRule('faultDescription')]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          showCount
          maxLength={LIMITS.fault}
          placeholder={t('newRequest.placeholders.faultDescription')}
        />
      </Form.Item>

      {submitError ? (
        <Alert type="error" showIcon className="sd-form-alert" title={t('newRequest.submitFailed')} description={submitError} role="alert" />
      ) : null}

      <Flex gap={12} wrap justify="flex-end" align="center">
        <Typography.Text type="secondary" className="sd-shortcut-hint">
          {t('ops.intake.shortcut')}
        </Typography.Text>
        <ButtonLink to="/requests">{t('newRequest.cancel')}</ButtonLink>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('newRequest.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
