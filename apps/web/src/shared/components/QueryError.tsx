import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { describeGraphqlError } from '../graphql-error.util';

interface QueryErrorProps {
  title: string;
  error: CombinedError;
  onRetry: () => void;
}

/** A failed load: what failed, why (in the user's language), and a way to try again. */
export function QueryError({ title, error, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={title}
      subTitle={describeGraphqlError(error, t)}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}
