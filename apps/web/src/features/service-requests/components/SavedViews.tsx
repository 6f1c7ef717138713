import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSavedViews } from '../hooks/useSavedViews';
import { currentView, SAVED_VIEW_NAME_MAX } from '../saved-views.util';

/**
 * Named filter sets of the queue ("我的待派工", "本周挂起"): one click applies one (its query goes into
 * the URL), and the current filters can be saved under a name. Kept in this browser's storage.
 */
export function SavedViews({ query, path }: { query: string; path: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { views, save, remove } = useSavedViews();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const active = currentView(views, query);

  const submit = () => {
    const result = save(name, query);
    if (result.ok) {
      setNaming(false);
      setName('');
      setError(null);
      return;
    }
    setError(t(`ops.queue.viewErrors.${result.reason}`, { max: SAVED_VIEW_NAME_MAX }));
  };

  return (
    <Flex gap={8} wrap align="center" role="group" aria-label={t('ops.queue.savedViews')} data-testid="saved-views">
      <Typography.Text type="secondary">{t('ops.queue.savedViews')}</Typography.Text>
      {views.length === 0 ? <Typography.Text type="secondary">{t('ops.queue.noViews')}</Typography.Text> : null}
      {views.map((view) => (
        <Tag.CheckableTag key={view.id} checked={active?.id === view.id} onChange={() => void navigate(`${path}?${view.query}`, { replace: true })}>
          {view.name}
        </Tag.CheckableTag>
      ))}
      {active ? (
        <Button size="small" type="text" icon={<DeleteOutlined aria-hidden />} onClick={() => remove(active.id)} aria-label={t('ops.queue.deleteView', { name: active.name })} />
      ) : null}
      <Button size="small" icon={<SaveOutlined aria-hidden />} disabled={!query || Boolean(active)} onClick={() => setNaming(true)}>
        {t('ops.queue.saveView')}
      </Button>
      <Modal
        open={naming}
        title={t('ops.queue.saveView')}
        okText={t('ops.queue.save')}
        cancelText={t('common.cancel')}
        onOk={submit}
        onCancel={() => {
          setNaming(false);
          setError(null);
        }}
        destroyOnHidden
      >
        <Form layout="vertical" onFinish={submit}>
          <Form.Item label={t('ops.queue.viewName')} htmlFor="saved-view-name" validateStatus={error ? 'error' : undefined} help={error}>
            <Input id="saved-view-name" autoFocus value={name} maxLength={SAVED_VIEW_NAME_MAX} onChange={(event) => setName(event.target.value)} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
