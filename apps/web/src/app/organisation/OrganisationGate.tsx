import { Alert, Button, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeGraphqlError } from '../../shared/graphql-error.util';
import { useOrganisations } from './organisation-context';

/**
 * Pages render only once an organisation is chosen. They remount when it changes, so no state
 * (loaded pages, half-filled forms) carries over from one organisation to another.
 */
export function OrganisationGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { state, retry } = useOrganisations();
  switch (state.status) {
    case 'loading':
      return (
        <div className="sd-centered" role="status">
          <Spin description={t('organisation.loading')} size="large" />
        </div>
      );
    case 'error':
      return (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('organisation.loadFailed')}
          description={describeGraphqlError(state.error, t)}
          action={<Button onClick={retry}>{t('common.retry')}</Button>}
        />
      );
    case 'empty':
      return <Alert type="info" showIcon title={t('organisation.none')} description={t('organisation.noneHint')} />;
    case 'ready':
      return <div key={state.current.code}>{children}</div>;
  }
}
