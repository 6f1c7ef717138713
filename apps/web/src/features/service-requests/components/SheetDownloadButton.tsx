import { FilePdfOutlined } from '@ant-design/icons';
import { Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../../app/feedback';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useCurrentOrganisation } from '../../../app/organisation/organisation-context';
import { fetchFile, saveBlob } from '../../../shared/rest-client';

/** Downloads the printable service sheet (服务单) in the UI language. */
export function SheetDownloadButton({ requestId, code, ...buttonProps }: { requestId: string; code: string } & Omit<ButtonProps, 'onClick'>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const organisation = useCurrentOrganisation();
  const { notify } = useFeedback();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const blob = await fetchFile(`/api/service-requests/${encodeURIComponent(requestId)}/sheet.pdf?lang=${language}`, organisation.code, language);
      saveBlob(blob, `${code}.pdf`);
    } catch {
      notify('error', t('ops.sheet.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<FilePdfOutlined aria-hidden />} loading={busy} onClick={() => void download()} {...buttonProps}>
      {t('ops.sheet.download')}
    </Button>
  );
}
