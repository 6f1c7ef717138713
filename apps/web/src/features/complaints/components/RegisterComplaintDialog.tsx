import { Alert, Col, Form, Input, Modal, Row, Select, type FormRule } from 'antd';
import { CHANNELS, COMPLAINT_FIELD_LIMITS, COMPLAINT_SEVERITIES, fieldErrorMessage, validateNewComplaint, type NewComplaintDraft } from '@stardesk/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useFeedback } from '../../../app/feedback';
import { useLanguage } from '../../../app/i18n/useLanguage';
import type { CreateComplaintInput } from '../../../gql/graphql';
import { mapServerFieldErrors, showFieldErrors } from '../../../shared/form-errors.util';
import { describeGraphqlError, serverFieldErrorsOf } from '../../../shared/graphql-error.util';
import { useOutlets } from '../../service-requests/hooks/useReferenceData';
import { CreateComplaintDocument } from '../graphql/complaints';

interface ComplaintFormValues {
  channel?: string | null;
  severity?: string | null;
  category?: string | null;
  description?: string | null;
  customerName?: string | null;
  customerPhone?: string | null;
  outletId?: string | null;
}

const FORM_FIELDS = ['channel', 'severity', 'category', 'description', 'customerName', 'customerPhone', 'outletId'];

/**
 * Registers a complaint (投诉登记) at level 1, about a request (its customer and outlet are taken)
 * or on its own. Checked with the API's own rules; the new complaint opens once registered.
 */
export function RegisterComplaintDialog({ request, onClose }: { request?: { id: string; code: string } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { notify } = useFeedback();
  const navigate = useNavigate();
  const outlets = useOutlets();
  const [form] = Form.useForm<ComplaintFormValues>();
  const [{ fetching }, create] = useMutation(CreateComplaintDocument);
  const [error, setError] = useState<string | null>(null);

  const draftOf = (values: ComplaintFormValues): NewComplaintDraft => ({ ...values, requestId: request?.id ?? null });
  const rule =
    (field: string): FormRule =>
    ({ getFieldsValue }) => ({
      validator: async () => {
        const result = validateNewComplaint(draftOf(getFieldsValue(true) as ComplaintFormValues), new Date());
        const problem = result.ok ? undefined : result.errors.find((item) => item.field === field);
        if (problem) throw new Error(fieldErrorMessage(problem, language));
      },
    });

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    setError(null);
    const values = form.getFieldsValue(true) as ComplaintFormValues;
    const input: CreateComplaintInput = {
      channel: (values.channel ?? null) as CreateComplaintInput['channel'],
      severity: (values.severity ?? null) as CreateComplaintInput['severity'],
      category: values.category?.trim() || null,
      description: values.description?.trim() || null,
      requestId: request?.id ?? null,
      outletId: values.outletId ?? null,
      customerName: request ? null : values.customerName?.trim() || null,
      customerPhone: request ? null : values.customerPhone?.trim() || null,
    };
    const result = await create({ input });
    const created = result.data?.createComplaint;
    if (created && !result.error) {
      notify('success', t('ops.complaints.registered', { code: created.code }));
      onClose();
      void navigate(`/complaints/${created.id}`);
      return;
    }
    const fieldErrors = serverFieldErrorsOf(result.error);
    if (fieldErrors) {
      const mapped = mapServerFieldErrors(fieldErrors, FORM_FIELDS);
      showFieldErrors(form, mapped.fields);
      setError(mapped.unmatched.map((item) => item.message).join(' ') || null);
      return;
    }
    setError(result.error ? describeGraphqlError(result.error, t) : t('common.unknownError'));
  };

  return (
    <Modal
      open
      width={640}
      title={request ? t('ops.complaints.registerAbout', { code: request.code }) : t('ops.complaints.register')}
      okText={t('ops.complaints.registerSubmit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: fetching }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<ComplaintFormValues> form={form} layout="vertical" name="register-complaint" initialValues={{ channel: 'HOTLINE', severity: 'NORMAL' }}>
        {request ? null : (
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item name="customerName" label={t('newRequest.fields.customerName')} required rules={[rule('customerName')]}>
                <Input autoFocus autoComplete="off" maxLength={COMPLAINT_FIELD_LIMITS.name} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="customerPhone" label={t('newRequest.fields.customerPhone')} required rules={[rule('customerPhone')]}>
                <Input type="tel" inputMode="tel" autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="channel" label={t('newRequest.fields.channel')} required rules={[rule('channel')]}>
              <Select options={CHANNELS.map((value) => ({ value, label: t(`enums.channel.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="severity" label={t('ops.complaints.columns.severity')} required rules={[rule('severity')]}>
              <Select options={COMPLAINT_SEVERITIES.map((value) => ({ value, label: t(`ops.complaints.severity.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="category" label={t('ops.complaints.columns.category')} rules={[rule('category')]}>
              <Input autoComplete="off" maxLength={COMPLAINT_FIELD_LIMITS.category} placeholder={t('ops.complaints.categoryPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="outletId" label={t('ops.complaints.columns.outlet')} rules={[rule('outletId')]} extra={request ? t('ops.complaints.outletFromRequest') : undefined}>
              <Select
                allowClear
                loading={outlets.fetching}
                showSearch={{ optionFilterProp: 'label' }}
                options={outlets.items.map((outlet) => ({ value: outlet.id, label: outlet.name }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t('ops.complaints.description')} required rules={[rule('description')]}>
          <Input.TextArea autoFocus={Boolean(request)} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={COMPLAINT_FIELD_LIMITS.description} showCount />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
    </Modal>
  );
}
