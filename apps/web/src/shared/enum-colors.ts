import type { Priority, RequestStatus, WarrantyStatus } from '@stardesk/domain';

/** antd preset colours (Tag `color`), one per value so the switch stays exhaustive by type. */
export const STATUS_COLORS: Record<RequestStatus, string> = {
  NEW: 'blue',
  ACKNOWLEDGED: 'cyan',
  DISPATCHED: 'geekblue',
  IN_PROGRESS: 'gold',
  ON_HOLD: 'orange',
  RESOLVED: 'green',
  CLOSED: 'default',
  CANCELLED: 'red',
};

/** Chart fills matching STATUS_COLORS (antd palette, level 6). */
export const STATUS_CHART_COLORS: Record<RequestStatus, string> = {
  NEW: '#1677ff',
  ACKNOWLEDGED: '#13c2c2',
  DISPATCHED: '#2f54eb',
  IN_PROGRESS: '#faad14',
  ON_HOLD: '#fa8c16',
  RESOLVED: '#52c41a',
  CLOSED: '#8c8c8c',
  CANCELLED: '#f5222d',
};

export const PRIORITY_COLORS: Record<Priority, string> = {
  URGENT: 'red',
  HIGH: 'orange',
  NORMAL: 'blue',
  LOW: 'default',
};

export const WARRANTY_COLORS: Record<WarrantyStatus, string> = {
  IN_WARRANTY: 'green',
  OUT_OF_WARRANTY: 'volcano',
  UNKNOWN: 'default',
};
