import 'i18next';
import type { adminZhCN } from './admin.zh-CN';
import type { portalZhCN } from './portal.zh-CN';
import type { qualityZhCN } from '../../features/quality-registers/i18n/zh-CN';
import type { certificationZhCN } from '../../features/certification/i18n/zh-CN';
import type { kpiZhCN } from './kpi.zh-CN';
import type { opsZhCN } from './ops.zh-CN';
import type { zhCN } from './zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // `portal` and `admin` are added when their lazy chunks load (catalogues.ts); the ops, quality, kpi and certification messages join `translation` with their pages.
    resources: { translation: typeof zhCN & typeof opsZhCN & { quality: typeof qualityZhCN } & { kpi: typeof kpiZhCN } & { certification: typeof certificationZhCN }; portal: typeof portalZhCN; admin: typeof adminZhCN };
    returnNull: false;
  }
}
