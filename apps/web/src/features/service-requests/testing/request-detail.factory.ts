import type { ServiceRequestDetail } from '../hooks/useServiceRequestDetail';

/** A request as the detail query returns it (with __typename, for the urql cache), in status `status`. */
export function aRequestDetail(overrides: Partial<ServiceRequestDetail> = {}): ServiceRequestDetail & { __typename: string } {
  return {
    __typename: 'ServiceRequest',
    id: 'sr-1',
    code: 'SR-2025-00001',
    type: 'REPAIR',
    channel: 'HOTLINE',
    priority: 'NORMAL',
    status: 'ACKNOWLEDGED',
    statusLabel: '已受理',
    warrantyStatus: 'IN_WARRANTY',
    reportedAt: '2025-03-01T02:00:00.000Z',
    acknowledgedAt: '2025-03-01T02:10:00.000Z',
    resolvedAt: null,
    closedAt: null,
    cancelledAt: null,
    serialNo: 'SN-0001',
    faultDescription: '不制冷',
    reopenCount: 0,
    version: 2,
    allowedCommands: ['DISPATCH', 'CANCEL'],
    customer: { __typename: 'Customer', id: 'c-1', name: '张三', phone: '13800138000', address: '上海市浦东新区' } as ServiceRequestDetail['customer'],
    product: { __typename: 'Product', id: 'p-1', model: 'KFR-35GW', name: '壁挂式空调' } as ServiceRequestDetail['product'],
    outlet: { __typename: 'Outlet', id: 'o-1', name: '浦东服务中心', code: 'SH-01' } as ServiceRequestDetail['outlet'],
    technician: null,
    deadlines: {
      __typename: 'RequestDeadlines',
      response: { __typename: 'Deadline', dueAt: '2025-03-01T04:00:00.000Z', state: 'MET', minutesLeft: 110, minutesLate: null },
      arrival: { __typename: 'Deadline', dueAt: '2099-03-02T02:00:00.000Z', state: 'PENDING', minutesLeft: 1000, minutesLate: null },
      resolution: null,
    } as unknown as ServiceRequestDetail['deadlines'],
    events: [
      { __typename: 'ServiceRequestEvent', id: 'e-1', at: '2025-03-01T02:00:00.000Z', fromStatus: null, toStatus: 'NEW', note: null, imported: false, actor: null },
      { __typename: 'ServiceRequestEvent', id: 'e-2', at: '2025-03-01T02:10:00.000Z', fromStatus: 'NEW', toStatus: 'ACKNOWLEDGED', note: '已电话确认', imported: false, actor: { __typename: 'StaffSummary', id: 's-1', name: '调度员李四' } },
    ] as unknown as ServiceRequestDetail['events'],
    visits: [],
    attachments: [],
    returnVisits: [],
    surveyInvitations: [],
    surveyResponses: [],
    ...overrides,
  } as ServiceRequestDetail & { __typename: string };
}
