import 'i18next';
import type { opsZhCN } from './ops.zh-CN';
import type { zhCN } from './zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN & typeof opsZhCN };
    returnNull: false;
  }
}
