import { CameraOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Select } from 'antd';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../../app/feedback';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useCurrentOrganisation } from '../../../app/organisation/organisation-context';
import { RestError, uploadAttachment } from '../../../shared/rest-client';

const PURPOSES = ['FAULT_PHOTO', 'BEFORE', 'AFTER', 'SIGNED_SHEET'] as const;
type Purpose = (typeof PURPOSES)[number];

/**
 * Takes a photo with the phone's camera (or picks a file) and uploads it to the visit, or to the
 * request before the first visit is recorded. The API checks type and size and answers in our language.
 */
export function PhotoUpload({
  ownerType,
  ownerId,
  uploadedBy,
  onUploaded,
}: {
  ownerType: 'VISIT' | 'SERVICE_REQUEST';
  ownerId: string;
  uploadedBy: string | null;
  onUploaded: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const organisation = useCurrentOrganisation();
  const { notify } = useFeedback();
  const input = useRef<HTMLInputElement>(null);
  const [purpose, setPurpose] = useState<Purpose>('FAULT_PHOTO');
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (!files.length) return;
    setUploading(true);
    setError(null);
    try {
      for (const file of files) {
        await uploadAttachment({ ownerType, ownerId, purpose, file, uploadedBy }, organisation.code, language);
      }
      notify('success', t('ops.tech.photoUploaded', { count: files.length }));
      // Files travel over REST, which the GraphQL cache does not see: reload the record.
      onUploaded();
    } catch (caught) {
      if (caught instanceof RestError) setError(caught.fieldErrors.map((item) => item.message).join(' ') || caught.message);
      else setError(t('common.networkError'));
    } finally {
      setUploading(false);
    }
  };

  return (
    <Flex vertical gap={8}>
      <label htmlFor="photo-purpose" className="sd-visually-hidden">
        {t('ops.tech.photoPurpose')}
      </label>
      <Select<Purpose>
        id="photo-purpose"
        value={purpose}
        onChange={setPurpose}
        aria-label={t('ops.tech.photoPurpose')}
        options={PURPOSES.map((value) => ({ value, label: t(`ops.attachments.purpose.${value}`) }))}
      />
      <input
        ref={input}
        id="photo-input"
        type="file"
        accept="image/*,application/pdf"
        capture="environment"
        multiple
        className="sd-visually-hidden"
        aria-label={t('ops.tech.takePhoto')}
        onChange={(event) => void onFile(event)}
        data-testid="photo-input"
      />
      <Button size="large" icon={<CameraOutlined aria-hidden />} block loading={uploading} onClick={() => input.current?.click()}>
        {t('ops.tech.takePhoto')}
      </Button>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
    </Flex>
  );
}
