import type { Locale } from '../common/field-error';
import type { Channel, Priority, ServiceType, WarrantyStatus } from './service-request.types';

type Label = Record<Locale, string>;

/** The words the dashboard and printed documents use for a request's attributes. */
export const SERVICE_TYPE_LABELS: Record<ServiceType, Label> = {
  REPAIR: { 'zh-CN': '维修', en: 'Repair' },
  INSTALLATION: { 'zh-CN': '安装', en: 'Installation' },
  MAINTENANCE: { 'zh-CN': '保养', en: 'Maintenance' },
  DELIVERY: { 'zh-CN': '配送', en: 'Delivery' },
  CONSULTATION: { 'zh-CN': '咨询', en: 'Consultation' },
  RETURN_EXCHANGE: { 'zh-CN': '退换货', en: 'Return / exchange' },
};

export const CHANNEL_LABELS: Record<Channel, Label> = {
  HOTLINE: { 'zh-CN': '服务热线', en: 'Hotline' },
  ONLINE: { 'zh-CN': '在线客服', en: 'Online' },
  APP: { 'zh-CN': '移动应用', en: 'App' },
  WALK_IN: { 'zh-CN': '到店', en: 'Walk-in' },
  ON_SITE: { 'zh-CN': '现场', en: 'On site' },
};

export const PRIORITY_LABELS: Record<Priority, Label> = {
  URGENT: { 'zh-CN': '紧急', en: 'Urgent' },
  HIGH: { 'zh-CN': '高', en: 'High' },
  NORMAL: { 'zh-CN': '普通', en: 'Normal' },
  LOW: { 'zh-CN': '低', en: 'Low' },
};

export const WARRANTY_STATUS_LABELS: Record<WarrantyStatus, Label> = {
  IN_WARRANTY: { 'zh-CN': '保内', en: 'In warranty' },
  OUT_OF_WARRANTY: { 'zh-CN': '保外', en: 'Out of warranty' },
  UNKNOWN: { 'zh-CN': '未知', en: 'Unknown' },
};
