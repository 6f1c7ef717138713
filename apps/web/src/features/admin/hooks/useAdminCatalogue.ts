import { adminEn } from '../../../app/i18n/admin.en';
import { adminZhCN } from '../../../app/i18n/admin.zh-CN';
import { useCatalogue } from '../../../app/i18n/catalogues';

const ADMIN_MESSAGES = { 'zh-CN': adminZhCN, en: adminEn };

export function useAdminCatalogue(): void {
  useCatalogue('admin', ADMIN_MESSAGES);
}
