import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFeedback } from '../../../app/feedback';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { SignOffAssessmentDocument } from '../graphql/certification';
import { CHANGE_CONTEXT, type LoadedAssessment } from '../assessment-change';
import { ChangeModal, changeOutcomeOf } from './ChangeModal';

/** Sign-off, confirmed in a dialog: it freezes the assessment for good. */
export function SignOffModal({ assessment, open, defaultName, onClose }: { assessment: LoadedAssessment; open: boolean; defaultName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const { language } = useLanguage();
  const [, signOff] = useMutation(SignOffAssessmentDocument);
  return (
    <ChangeModal<{ signedOffBy?: string }>
      title={t('certification.signOff.title')}
      open={open}
      onClose={onClose}
      fieldNames={['signedOffBy']}
      testId="sign-off-dialog"
      okText={t('certification.signOff.confirm')}
      danger
      initialValues={{ signedOffBy: defaultName }}
      onSubmit={async (values) => {
        const outcome = changeOutcomeOf(await signOff({ input: { assessmentId: assessment.id, expectedVersion: assessment.version, signedOffBy: values.signedOffBy ?? null } }, CHANGE_CONTEXT));
        if (outcome.ok) notify('success', t('certification.signOff.done'));
        return outcome;
      }}
    >
      {() => (
        <>
          <Alert type="warning" showIcon className="sd-form-alert" title={t('certification.signOff.warning')} />
          {assessment.unassessed.length > 0 ? (
            <Alert type="error" showIcon className="sd-form-alert" title={t('certification.signOff.unassessed', { count: assessment.unassessed.length, keys: assessment.unassessed.join(language === 'en' ? ', ' : '、') })} />
          ) : null}
          <Form.Item name="signedOffBy" label={t('certification.signOff.signedOffBy')} required>
            <Input maxLength={100} />
          </Form.Item>
        </>
      )}
    </ChangeModal>
  );
}
