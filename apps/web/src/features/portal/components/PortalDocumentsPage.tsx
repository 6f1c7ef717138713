import { DownloadOutlined } from '@ant-design/icons';
import { Button, Collapse, Empty, Input, List, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import type { PublishedDocumentType } from '../../../gql/graphql';
import { PortalDocumentsDocument } from '../graphql/portal';
import { PortalError } from './PortalError';

/** FAQ entries (questions that open to their answer) or product manuals (with a download). */
export default function PortalDocumentsPage({ kind }: { kind: PublishedDocumentType }) {
  const { t } = useTranslation('portal');
  const { orgCode = '' } = useParams();
  const [search, setSearch] = useState('');
  const [result, reexecute] = useQuery({ query: PortalDocumentsDocument, variables: { orgCode, types: [kind] } });
  const isFaq = kind === 'FAQ';
  const title = isFaq ? t('documents.faqTitle') : t('documents.manualsTitle');
  const documents = useMemo(() => {
    const all = result.data?.portalDocuments ?? [];
    const needle = search.trim().toLowerCase();
    return needle ? all.filter((document) => `${document.title} ${document.body ?? ''}`.toLowerCase().includes(needle)) : all;
  }, [result.data, search]);

  let body;
  if (result.error) {
    body = <PortalError title={t('documents.loadFailed')} error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  } else if (!result.data) {
    body = (
      <div className="sd-centered" role="status">
        <Spin description={t('documents.loading')} />
      </div>
    );
  } else if (result.data.portalDocuments.length === 0) {
    body = <Empty description={<>{isFaq ? t('documents.faqEmpty') : t('documents.manualsEmpty')}<br />{t('documents.emptyHint')}</>} />;
  } else if (isFaq) {
    body = (
      <>
        <Input.Search allowClear placeholder={t('documents.search')} aria-label={t('documents.search')} onChange={(event) => setSearch(event.target.value)} />
        <Collapse
          className="sd-portal-faq"
          items={documents.map((document) => ({
            key: document.id,
            label: document.title,
            children: <Typography.Paragraph className="sd-preserve-lines">{document.body}</Typography.Paragraph>,
          }))}
        />
      </>
    );
  } else {
    body = (
      <List
        dataSource={documents}
        renderItem={(document) => (
          <List.Item
            actions={
              document.downloadUrl
                ? [
                    <Button key="download" icon={<DownloadOutlined />} href={document.downloadUrl} aria-label={`${t('documents.download')} ${document.title}`}>
                      {t('documents.download')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={document.title}
              description={[
                t('documents.version', { version: document.version }),
                document.publishedAt ? t('documents.publishedAt', { date: dayjs(document.publishedAt).format('YYYY-MM-DD') }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            />
          </List.Item>
        )}
      />
    );
  }

  return (
    <>
      <Typography.Title level={1} className="sd-portal-title">
        {title}
      </Typography.Title>
      {body}
    </>
  );
}
