import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useFeedback } from '../../../app/feedback';
import { describeGraphqlError, serverFieldErrorsOf } from '../../../shared/graphql-error.util';
import { createAssessmentInputOf } from '../certification.util';
import { CreateAssessmentDocument, IndicatorCatalogVersionsDocument } from '../graphql/certification';

interface Values {
  period?: [Dayjs | null, Dayjs | null] | null;
  catalogVersionNo?: number | null;
  title?: string;
}

/** A new assessment of a period: created and evaluated by the API at once, then opened. */
export function CreateAssessmentModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(CreateAssessmentDocument);
  const [{ data: versions, fetching: loadingVersions }] = useQuery({ query: IndicatorCatalogVersionsDocument, pause: !open });

  const submit = async () => {
    const values = form.getFieldsValue();
    const [first, last] = values.period ?? [null, null];
    const prepared = createAssessmentInputOf({ firstDay: first?.format('YYYY-MM-DD'), lastDay: last?.format('YYYY-MM-DD'), catalogVersionNo: values.catalogVersionNo ?? null });
    if ('errors' in prepared) {
      form.setFields([{ name: 'period', errors: [t(`certification.create.errors.${prepared.errors.period}`)] }]);
      return;
    }
    setBanner(null);
    const result = await create({ input: { ...prepared.input, title: values.title?.trim() || null } }, { additionalTypenames: ['Assessment'] });
    if (result.data) {
      notify('success', t('certification.create.created'));
      form.resetFields();
      onClose();
      void navigate(`/certification/${result.data.createAssessment.id}`);
      return;
    }
    const fieldErrors = result.error ? serverFieldErrorsOf(result.error) : null;
    if (fieldErrors) {
      const period = fieldErrors.filter((error) => error.field === 'from' || error.field === 'to').map((error) => error.message);
      const catalogue = fieldErrors.filter((error) => error.field === 'catalogVersionNo').map((error) => error.message);
      form.setFields([
        { name: 'period', errors: period },
        { name: 'catalogVersionNo', errors: catalogue },
      ]);
      const other = fieldErrors.filter((error) => !['from', 'to', 'catalogVersionNo'].includes(error.field));
      if (other.length > 0) setBanner(other.map((error) => error.message).join(' '));
      return;
    }
    setBanner(result.error ? describeGraphqlError(result.error, t) : t('common.unknownError'));
  };

  return (
    <Modal
      title={t('certification.create.title')}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('certification.create.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      destroyOnHidden
    >
      {banner ? <Alert type="error" showIcon className="sd-form-alert" title={banner} /> : null}
      <Form<Values> form={form} layout="vertical" aria-label={t('certification.create.title')} noValidate>
        <Form.Item name="period" label={t('certification.create.period')} extra={t('certification.create.periodHelp')} required>
          <DatePicker.RangePicker className="sd-full-width" aria-label={t('certification.create.period')} />
        </Form.Item>
        <Form.Item name="catalogVersionNo" label={t('certification.create.catalogue')}>
          <Select
            allowClear
            loading={loadingVersions}
            placeholder={t('certification.create.catalogueLatest')}
            options={(versions?.indicatorCatalogVersions ?? []).map((version) => ({ value: version.versionNo, label: `v${version.versionNo} · ${version.label}` }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('certification.create.name')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
