import { Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFeedback } from '../../../app/feedback';
import type { AdminSettingsQuery, TargetValuesInput } from '../../../gql/graphql';
import { SetOutletTargetsDocument } from '../graphql/settings';
import { TARGET_FIELDS, TARGET_KEYS, toTargetValuesInput } from '../targets.util';
import { FormDrawer } from './FormDrawer';

type OutletTargets = AdminSettingsQuery['organisationSettings']['outletTargets'][number];

/** The targets of one outlet that differ from the organisation's; an empty field follows the organisation. */
export function OutletTargetsDrawer({
  outlet,
  current,
  onClose,
  onSaved,
}: {
  outlet: { id: string; name: string } | null;
  current: OutletTargets | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('admin');
  const { notify } = useFeedback();
  const [form] = Form.useForm<TargetValuesInput>();
  const [, setTargets] = useMutation(SetOutletTargetsDocument);
  return (
    <FormDrawer<TargetValuesInput>
      title={outlet ? `${t('organisation.editOverride')} · ${outlet.name}` : t('organisation.editOverride')}
      open={outlet !== null}
      onClose={onClose}
      form={form}
      fields={Object.values(TARGET_FIELDS)}
      errorPrefix="targets"
      initialValues={current?.targets ?? {}}
      onSave={(values) =>
        setTargets({ input: { outletId: outlet?.id ?? null, targets: toTargetValuesInput(values), expectedVersion: current?.version ?? null } })
      }
      onSaved={() => {
        notify('success', t('common.saved'));
        onSaved();
      }}
    >
      <Typography.Paragraph type="secondary">{t('organisation.outletOverridesHelp')}</Typography.Paragraph>
      {TARGET_KEYS.map((key) => (
        <Form.Item key={key} name={TARGET_FIELDS[key]} label={t(`targetKeys.${key}`)}>
          <InputNumber min={1} className="sd-full-width" />
        </Form.Item>
      ))}
    </FormDrawer>
  );
}
