import { Button, Result, Spin } from 'antd';
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
        <Result
          status="error"
          title={t('organisation.loadFailed')}
          subTitle={describeGraphqlError(state.error, t)}
          extra={
            <Button type="primary" onClick={retry}>
              {t('common.retry')}
            </Button>
          }
        />
      );
    case 'empty':
      return <Result status="info" title={t('organisation.none')} subTitle={t('organisation.noneHint')} />;
    case 'ready':
      return <div key={state.current.code}>{children}</div>;
  }
}
