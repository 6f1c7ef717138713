import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavMenu } from './NavMenu';

/** Loaded on first use: only narrow screens open it, so wide screens never download the drawer. */
export default function MobileNavDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer placement="left" open={open} onClose={onClose} size={240} title={t('app.name')} styles={{ body: { padding: 0 } }}>
      <NavMenu onNavigate={onClose} />
    </Drawer>
  );
}
