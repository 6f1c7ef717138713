import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

/** The API's localised message, or ours for a network failure. */
export function portalErrorMessage(error: CombinedError, t: (key: 'networkError' | 'unknownError') => string): string {
  if (error.networkError) return t('networkError');
  return error.graphQLErrors.map((graphQLError) => graphQLError.message).find((text) => text.trim() !== '') ?? t('unknownError');
}

export function PortalError({ title, error, onRetry }: { title: string; error: CombinedError; onRetry?: () => void }) {
  const { t } = useTranslation('portal');
  return (
    <Result
      status="error"
      title={title}
      subTitle={portalErrorMessage(error, t)}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('retry')}
          </Button>
        ) : null
      }
    />
  );
}
