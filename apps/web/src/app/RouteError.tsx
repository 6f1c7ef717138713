import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Last resort for a page that crashed while rendering, including a page chunk that failed to load
 * (offline, or a new deployment replaced it): kept to the shell's own components for that reason.
 */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <div className="sd-route-error" role="alert">
      <h1>{t('app.crashed')}</h1>
      <p>{t('app.crashedHint')}</p>
      <Button type="primary" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </Button>
    </div>
  );
}
