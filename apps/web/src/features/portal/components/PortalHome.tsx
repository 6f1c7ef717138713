import { BookOutlined, FileSearchOutlined, QuestionCircleOutlined, ToolOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePortalOrganisation } from '../hooks/usePortalOrganisation';

function Entry({ to, icon, title, text }: { to: string; icon: ReactNode; title: string; text: string }) {
  return (
    <Link to={to} className="sd-portal-entry">
      <Card hoverable size="small">
        <Card.Meta avatar={<span className="sd-portal-entry-icon">{icon}</span>} title={title} description={text} />
      </Card>
    </Link>
  );
}

export default function PortalHome() {
  const { t } = useTranslation('portal');
  const organisation = usePortalOrganisation();
  const base = `/portal/${organisation.code}`;
  return (
    <>
      <Typography.Title level={1} className="sd-portal-title">
        {t('home.welcome', { name: organisation.name })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
      <div className="sd-portal-entries">
        <Entry to={`${base}/request`} icon={<ToolOutlined />} title={t('home.requestTitle')} text={t('home.requestText')} />
        <Entry to={`${base}/track`} icon={<FileSearchOutlined />} title={t('home.trackTitle')} text={t('home.trackText')} />
        <Entry to={`${base}/faq`} icon={<QuestionCircleOutlined />} title={t('home.faqTitle')} text={t('home.faqText')} />
        <Entry to={`${base}/manuals`} icon={<BookOutlined />} title={t('home.manualsTitle')} text={t('home.manualsText')} />
      </div>
    </>
  );
}
