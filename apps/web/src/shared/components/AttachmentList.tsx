import { FileImageOutlined, FilePdfOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Empty, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../app/feedback';
import { useLanguage } from '../../app/i18n/useLanguage';
import { useCurrentOrganisation } from '../../app/organisation/organisation-context';
import { fetchFile } from '../rest-client';

export interface AttachmentItem {
  id: string;
  fileName: string;
  mediaType: string;
  purpose: string;
  size: number;
  downloadUrl: string;
}

function iconOf(mediaType: string) {
  if (mediaType.startsWith('image/')) return <FileImageOutlined aria-hidden />;
  if (mediaType === 'application/pdf') return <FilePdfOutlined aria-hidden />;
  return <PaperClipOutlined aria-hidden />;
}

/** Files of a record; opening one fetches it with the organisation header and shows it in a new tab. */
export function AttachmentList({ items }: { items: readonly AttachmentItem[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { code } = useCurrentOrganisation();
  const { notify } = useFeedback();
  const [opening, setOpening] = useState<string | null>(null);

  const open = async (item: AttachmentItem) => {
    setOpening(item.id);
    // Opened before the download so popup blockers see the click.
    const tab = window.open('', '_blank');
    try {
      const blob = await fetchFile(item.downloadUrl, code, language);
      const url = URL.createObjectURL(blob);
      if (tab) tab.location.href = url;
      else window.location.assign(url);
    } catch {
      tab?.close();
      notify('error', t('ops.attachments.openFailed', { name: item.fileName }));
    } finally {
      setOpening(null);
    }
  };

  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ops.attachments.none')} />;
  return (
    <List
      size="small"
      dataSource={[...items]}
      renderItem={(item) => (
        <List.Item>
          <Button type="link" icon={iconOf(item.mediaType)} loading={opening === item.id} onClick={() => void open(item)}>
            {item.fileName}
          </Button>
          <Typography.Text type="secondary">
            {t(`ops.attachments.purpose.${item.purpose as 'OTHER'}`)} · {Math.max(1, Math.round(item.size / 1024))} KB
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}
