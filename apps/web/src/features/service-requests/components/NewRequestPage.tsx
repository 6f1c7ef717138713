import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/components/PageHeader';
import { NewRequestForm } from './NewRequestForm';

export default function NewRequestPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('newRequest.title')} subtitle={t('newRequest.intro')} />
      <Card className="sd-section">
        <NewRequestForm />
      </Card>
    </>
  );
}
