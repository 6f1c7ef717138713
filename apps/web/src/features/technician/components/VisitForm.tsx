import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import { VISIT_OUTCOMES, VISIT_OUTCOME_LABELS, VISIT_PART_MOVEMENTS, VISIT_PART_MOVEMENT_LABELS } from '@stardesk/domain';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useFeedback } from '../../../app/feedback';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { mapServerFieldErrors, showFieldErrors } from '../../../shared/form-errors.util';
import { describeGraphqlError, serverFieldErrorsOf } from '../../../shared/graphql-error.util';
import type { ServiceRequestDetail } from '../../service-requests/hooks/useServiceRequestDetail';
import { RecordVisitDocument, SparePartsDocument } from '../graphql/technician';
import { checkVisit, partsInStockAt, toVisitInput, VISIT_FIELDS, type VisitFormValues } from '../visit-form.util';

/**
 * The visit report, on a phone: diagnosis, what was done, parts from the outlet's stock, the outcome
 * and who confirmed on site. Checked with the API's own rules before sending; the API's verdict lands
 * on the same fields (a part line's error on that line).
 */
export function VisitForm({ request, technicianId, arrivedAt }: { request: ServiceRequestDetail; technicianId: string; arrivedAt: string | null }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { notify } = useFeedback();
  const [form] = Form.useForm<VisitFormValues>();
  const [parts] = useQuery({ query: SparePartsDocument });
  const [{ fetching }, recordVisit] = useMutation(RecordVisitDocument);
  const [error, setError] = useState<string | null>(null);
  const stock = useMemo(() => partsInStockAt(parts.data?.spareParts ?? [], request.outlet.id), [parts.data, request.outlet.id]);
  const [initialValues] = useState<VisitFormValues>(() => ({ arrivedAt: arrivedAt ? dayjs(arrivedAt) : dayjs(), completedAt: dayjs(), parts: [] }));

  const onFinish = async () => {
    setError(null);
    const values = form.getFieldsValue(true) as VisitFormValues;
    const input = toVisitInput(request.id, technicianId, { ...values, completedAt: values.completedAt ?? dayjs() });
    const problems = checkVisit(input, request.reportedAt, new Date(), language);
    if (problems.length) {
      showFieldErrors(form, problems);
      form.scrollToField(problems[0]!.name as never, { focus: true, block: 'center' });
      return;
    }
    const result = await recordVisit({ input });
    if (!result.error && result.data) {
      notify('success', t('ops.tech.visitRecorded', { code: request.code }));
      form.resetFields();
      return;
    }
    const fieldErrors = serverFieldErrorsOf(result.error);
    if (fieldErrors) {
      const mapped = mapServerFieldErrors(fieldErrors, VISIT_FIELDS);
      showFieldErrors(form, mapped.fields);
      setError(mapped.unmatched.map((item) => item.message).join(' ') || t('newRequest.fixErrors'));
      return;
    }
    setError(result.error ? describeGraphqlError(result.error, t) : t('common.unknownError'));
  };

  return (
    <Form<VisitFormValues> form={form} name="visit" layout="vertical" initialValues={initialValues} onFinish={() => void onFinish()} noValidate>
      <Form.Item name="arrivedAt" label={t('ops.visits.arrivedAt')} required>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" className="sd-full-width" inputReadOnly />
      </Form.Item>
      <Form.Item name="diagnosis" label={t('ops.visits.diagnosis')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Form.Item name="actions" label={t('ops.visits.actions')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>

      <Form.List name="parts">
        {(fields, { add, remove }) => (
          <fieldset className="sd-fieldset">
            <legend>{t('ops.visits.parts')}</legend>
            {parts.error ? <Alert type="warning" showIcon title={t('ops.tech.partsFailed')} /> : null}
            {fields.map((field) => (
              <Card key={field.key} size="small" className="sd-part-line">
                <Form.Item name={[field.name, 'partId']} label={t('ops.visits.part')} required>
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    loading={parts.fetching}
                    placeholder={t('ops.visits.partPlaceholder')}
                    notFoundContent={t('ops.visits.noStock')}
                    options={stock.map(({ part, quantity }) => ({ value: part.id, label: t('ops.visits.partOption', { partNo: part.partNo, name: part.name, quantity }) }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'quantity']} label={t('ops.visits.quantity')} required initialValue={1}>
                  <InputNumber min={1} max={999} precision={0} className="sd-full-width" inputMode="numeric" />
                </Form.Item>
                <Form.Item name={[field.name, 'movement']} label={t('ops.visits.movement')} initialValue="CONSUMED">
                  <Select options={VISIT_PART_MOVEMENTS.map((value) => ({ value, label: VISIT_PART_MOVEMENT_LABELS[value][language] }))} />
                </Form.Item>
                <Form.Item name={[field.name, 'faultySerial']} label={t('ops.visits.faultySerial')}>
                  <Input autoComplete="off" />
                </Form.Item>
                <Form.Item name={[field.name, 'replacementSerial']} label={t('ops.visits.replacementSerial')}>
                  <Input autoComplete="off" />
                </Form.Item>
                <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(field.name)}>
                  {t('ops.visits.removePart')}
                </Button>
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} block onClick={() => add({ quantity: 1, movement: 'CONSUMED' })}>
              {t('ops.visits.addPart')}
            </Button>
          </fieldset>
        )}
      </Form.List>

      <Form.Item name="outcome" label={t('ops.visits.outcome')} required>
        <Radio.Group className="sd-outcome-group" options={VISIT_OUTCOMES.map((value) => ({ value, label: VISIT_OUTCOME_LABELS[value][language] }))} />
      </Form.Item>
      <Form.Item name="confirmedBy" label={t('ops.visits.confirmedBy')} extra={t('ops.visits.confirmedByHelp')}>
        <Input autoComplete="off" maxLength={100} />
      </Form.Item>
      <Form.Item name="customerFeedback" label={t('ops.visits.customerFeedback')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
      <Form.Item name="completedAt" label={t('ops.visits.completedAt')}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" className="sd-full-width" inputReadOnly />
      </Form.Item>
      {error ? <Alert type="error" showIcon role="alert" className="sd-form-alert" title={error} /> : null}
      <Button type="primary" htmlType="submit" size="large" block loading={fetching}>
        {t('ops.tech.saveVisit')}
      </Button>
    </Form>
  );
}
