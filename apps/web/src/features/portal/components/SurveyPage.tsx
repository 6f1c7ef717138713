import { Alert, Button, Card, Form, Input, Radio, Rate, Result, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { SurveyByTokenQuery } from '../../../gql/graphql';
import { serverFieldErrorsOf } from '../../../shared/graphql-error.util';
import { SubmitSurveyResponseDocument, SurveyByTokenDocument } from '../graphql/portal';
import { emptyAnswers, toSurveyAnswersInput, unansweredQuestions, type SurveyAnswerState } from '../survey-answers.util';
import { PortalError, portalErrorMessage } from './PortalError';

type OpenSurvey = SurveyByTokenQuery['surveyByToken'] & { questions: NonNullable<SurveyByTokenQuery['surveyByToken']['questions']> };

function SurveyForm({ token, survey, onAnswered }: { token: string; survey: OpenSurvey; onAnswered: (message: string) => void }) {
  const { t } = useTranslation('portal');
  const { questions } = survey;
  const [answers, setAnswers] = useState<SurveyAnswerState>(() => emptyAnswers(questions.factors.map((factor) => factor.key)));
  const [missing, setMissing] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, submit] = useMutation(SubmitSurveyResponseDocument);
  const recommendScale = Array.from({ length: questions.recommendMax - questions.recommendMin + 1 }, (_, index) => questions.recommendMin + index);

  const onSubmit = async () => {
    const unanswered = unansweredQuestions(answers);
    setMissing(unanswered);
    if (unanswered.length) return;
    setError(null);
    const result = await submit({ token, answers: toSurveyAnswersInput(answers) });
    if (result.data) {
      onAnswered(result.data.submitSurveyResponse.message);
      return;
    }
    const fieldErrors = result.error ? serverFieldErrorsOf(result.error) : null;
    setError(fieldErrors?.map((fieldError) => fieldError.message).join(' ') ?? (result.error ? portalErrorMessage(result.error, t) : t('unknownError')));
  };

  const itemStatus = (key: string) => (missing.includes(key) && !(key === 'overall' ? answers.overall : answers.factorScores[key]) ? 'error' : undefined);

  return (
    <Form layout="vertical" name="survey" onFinish={() => void onSubmit()} aria-label={t('survey.title')}>
      <Typography.Paragraph>
        {t('survey.from', { organisation: survey.organisationName ?? '', code: survey.requestCode ?? '' })}
      </Typography.Paragraph>
      {survey.expiresAt ? (
        <Alert type="info" showIcon className="sd-form-alert" title={t('survey.expires', { at: dayjs(survey.expiresAt).format('YYYY-MM-DD HH:mm') })} />
      ) : null}
      {error ? <Alert type="error" showIcon className="sd-form-alert" title={t('survey.failed')} description={error} /> : null}
      <Form.Item
        label={t('survey.overall')}
        required
        validateStatus={itemStatus('overall')}
        help={itemStatus('overall') ? t('survey.missing') : undefined}
      >
        <Rate
          aria-label={t('survey.overall')}
          count={questions.overallMax}
          value={answers.overall ?? 0}
          onChange={(value) => setAnswers((current) => ({ ...current, overall: value || null }))}
        />
      </Form.Item>
      {questions.factors.length ? (
        <fieldset className="sd-portal-fieldset">
          <legend>{t('survey.factors')}</legend>
          {questions.factors.map((factor) => (
            <Form.Item
              key={factor.key}
              label={factor.label}
              required
              validateStatus={itemStatus(factor.key)}
              help={itemStatus(factor.key) ? t('survey.missing') : undefined}
            >
              <Rate
                aria-label={factor.label}
                value={answers.factorScores[factor.key] ?? 0}
                onChange={(value) => setAnswers((current) => ({ ...current, factorScores: { ...current.factorScores, [factor.key]: value || null } }))}
              />
            </Form.Item>
          ))}
        </fieldset>
      ) : null}
      <Form.Item label={t('survey.recommend')}>
        <Radio.Group
          className="sd-portal-scale"
          optionType="button"
          value={answers.recommend}
          onChange={(event) => setAnswers((current) => ({ ...current, recommend: event.target.value as number }))}
          options={recommendScale.map((value) => ({ value, label: String(value) }))}
        />
      </Form.Item>
      <Form.Item label={t('survey.comment')}>
        <Input.TextArea
          rows={3}
          maxLength={questions.commentMaxLength}
          showCount
          placeholder={t('survey.commentPlaceholder')}
          value={answers.comment}
          onChange={(event) => setAnswers((current) => ({ ...current, comment: event.target.value }))}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={fetching}>
        {fetching ? t('survey.submitting') : t('survey.submit')}
      </Button>
    </Form>
  );
}

/** The one-time survey link a customer receives after a closed request (`/survey/<token>`). */
export default function SurveyPage() {
  const { t } = useTranslation('portal');
  const { token = '' } = useParams();
  const [result, reexecute] = useQuery({ query: SurveyByTokenDocument, variables: { token }, requestPolicy: 'network-only' });
  const [thanks, setThanks] = useState<string | null>(null);
  const survey = result.data?.surveyByToken;

  let body;
  if (thanks) {
    body = <Result status="success" title={thanks || t('survey.thanks')} />;
  } else if (result.error) {
    body = <PortalError title={t('survey.loadFailed')} error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  } else if (!survey) {
    body = (
      <div className="sd-centered" role="status">
        <Spin description={t('survey.loading')} />
      </div>
    );
  } else if (survey.state !== 'OPEN' || !survey.questions) {
    body = <Result status={survey.state === 'ANSWERED' ? 'success' : 'warning'} title={t('survey.closedTitle')} subTitle={survey.message} />;
  } else {
    body = (
      <Card className="sd-portal-card" title={survey.questions.name}>
        <SurveyForm token={token} survey={survey as OpenSurvey} onAnswered={setThanks} />
      </Card>
    );
  }

  return (
    <>
      <Typography.Title level={1} className="sd-portal-title">
        {t('survey.title')}
      </Typography.Title>
      {body}
    </>
  );
}
