import type { IndicatorCategoryDefinition, IndicatorCategoryKey } from './indicator-catalog.types';

/**
 * What GB/T 27922-2011 itself fixes, and no catalogue version may change: three categories with
 * their totals (三个指标大类: 40 / 35 / 25) and fifteen indicators (十五个指标).
 */
export const GBT27922_CATEGORIES: readonly IndicatorCategoryDefinition[] = [
  { key: 'SYS', nameZh: '售后服务体系', nameEn: 'after-sales service system', points: 40 },
  { key: 'GOODS', nameZh: '商品服务', nameEn: 'product service', points: 35 },
  { key: 'CUST', nameZh: '顾客服务', nameEn: 'customer service', points: 25 },
];

export interface StandardIndicator {
  key: string;
  category: IndicatorCategoryKey;
  nameZh: string;
  nameEn: string;
}

export const GBT27922_INDICATORS: readonly StandardIndicator[] = [
  { key: 'SYS.ORG', category: 'SYS', nameZh: '组织架构', nameEn: 'organisation structure' },
  { key: 'SYS.STAFF', category: 'SYS', nameZh: '人员配置', nameEn: 'staffing' },
  { key: 'SYS.RES', category: 'SYS', nameZh: '资源配置', nameEn: 'resources' },
  { key: 'SYS.NORM', category: 'SYS', nameZh: '规范要求', nameEn: 'service norms' },
  { key: 'SYS.SUPV', category: 'SYS', nameZh: '监督', nameEn: 'supervision' },
  { key: 'SYS.IMPR', category: 'SYS', nameZh: '改进', nameEn: 'improvement' },
  { key: 'SYS.CULT', category: 'SYS', nameZh: '服务文化', nameEn: 'service culture' },
  { key: 'GOODS.INFO', category: 'GOODS', nameZh: '商品信息', nameEn: 'product information' },
  { key: 'GOODS.TECH', category: 'GOODS', nameZh: '技术支持', nameEn: 'technical support' },
  { key: 'GOODS.DELIV', category: 'GOODS', nameZh: '配送', nameEn: 'delivery' },
  { key: 'GOODS.REPAIR', category: 'GOODS', nameZh: '维修', nameEn: 'repair' },
  { key: 'GOODS.WARR', category: 'GOODS', nameZh: '质量保证', nameEn: 'quality guarantee' },
  { key: 'GOODS.RECYC', category: 'GOODS', nameZh: '废弃商品回收', nameEn: 'waste-product take-back' },
  { key: 'CUST.REL', category: 'CUST', nameZh: '客户关系', nameEn: 'customer relations' },
  { key: 'CUST.COMPL', category: 'CUST', nameZh: '投诉处理', nameEn: 'complaint handling' },
];

export function standardIndicator(key: string): StandardIndicator | undefined {
  return GBT27922_INDICATORS.find((indicator) => indicator.key === key);
}
