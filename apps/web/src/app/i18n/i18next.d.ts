import 'i18next';
import type { adminZhCN } from './admin.zh-CN';
import type { portalZhCN } from './portal.zh-CN';
import type { zhCN } from './zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // `portal` and `admin` are added when their lazy chunks load (catalogues.ts).
    resources: { translation: typeof zhCN; portal: typeof portalZhCN; admin: typeof adminZhCN };
    returnNull: false;
  }
}
