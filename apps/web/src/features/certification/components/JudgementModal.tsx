import { Form, Input, Radio, Typography } from 'antd';
import { QUALITATIVE_OUTCOMES } from '@stardesk/domain';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFeedback } from '../../../app/feedback';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { MAX_JUDGEMENT_NOTE, evidenceLinksOf, validateJudgement, type JudgementValues } from '../certification.util';
import { RecordAssessmentJudgementDocument } from '../graphql/certification';
import { CHANGE_CONTEXT, type LoadedAssessment } from '../assessment-change';
import { ChangeModal, changeOutcomeOf } from './ChangeModal';
import type { CriterionRow } from './ScorecardTable';

const FIELDS = ['outcome', 'note', 'evidenceLinks'] as const;

/** The assessor's judgement of a MANUAL criterion (or one its evidence left open). */
export function JudgementModal({ assessment, criterion, onClose }: { assessment: LoadedAssessment; criterion: CriterionRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { notify } = useFeedback();
  const [, record] = useMutation(RecordAssessmentJudgementDocument);
  const judgement = criterion?.judgement;

  return (
    <ChangeModal<JudgementValues>
      title={t('certification.judgement.title', { key: criterion?.key ?? '' })}
      open={criterion !== null}
      onClose={onClose}
      fieldNames={FIELDS}
      testId="judgement-dialog"
      okText={t('certification.judgement.save')}
      initialValues={judgement ? { outcome: judgement.outcome, note: judgement.note ?? '', evidenceLinks: judgement.evidenceLinks.join('\n') } : {}}
      validate={(values) => Object.fromEntries(Object.entries(validateJudgement(values)).map(([field, code]) => [field, t(`certification.judgement.errors.${code as 'required' | 'tooLong' | 'invalidLink' | 'tooMany'}`)]))}
      onSubmit={async (values) => {
        if (!criterion) return { ok: true };
        const outcome = changeOutcomeOf(
          await record(
            {
              input: {
                assessmentId: assessment.id,
                expectedVersion: assessment.version,
                criterionKey: criterion.key,
                outcome: values.outcome ?? null,
                note: values.note?.trim() || null,
                evidenceLinks: evidenceLinksOf(values.evidenceLinks),
              },
            },
            CHANGE_CONTEXT,
          ),
        );
        if (outcome.ok) notify('success', t('certification.judgement.saved'));
        return outcome;
      }}
    >
      {() => (
        <>
          {criterion ? (
            <Typography.Paragraph>
              {criterion.key} {language === 'en' ? criterion.nameEn : criterion.nameZh} · {t('certification.catalogue.points', { points: criterion.points })}
            </Typography.Paragraph>
          ) : null}
          <Form.Item name="outcome" label={t('certification.judgement.outcome')} required>
            <Radio.Group options={QUALITATIVE_OUTCOMES.map((value) => ({ value, label: t(`certification.outcome.${value}`) }))} />
          </Form.Item>
          <Form.Item name="note" label={t('certification.judgement.note')} extra={t('certification.judgement.noteHelp')}>
            <Input.TextArea rows={3} maxLength={MAX_JUDGEMENT_NOTE} />
          </Form.Item>
          <Form.Item name="evidenceLinks" label={t('certification.judgement.evidenceLinks')} extra={t('certification.judgement.evidenceLinksHelp')}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </>
      )}
    </ChangeModal>
  );
}
