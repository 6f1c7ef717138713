import type { Locale } from '@stardesk/domain';

/** The captions of the printed service sheet, in the reader's language. */
export interface SheetText {
  title: string;
  code: string;
  printedAt: string;
  requestSection: string;
  serviceType: string;
  channel: string;
  priority: string;
  status: string;
  warranty: string;
  reportedAt: string;
  outlet: string;
  technician: string;
  product: string;
  serialNo: string;
  fault: string;
  customerSection: string;
  customerName: string;
  phone: string;
  timelineSection: string;
  time: string;
  change: string;
  actor: string;
  note: string;
  visitsSection: string;
  noVisits: string;
  visitHeading: (seq: number, technician: string) => string;
  arrivedAt: string;
  completedAt: string;
  outcome: string;
  diagnosis: string;
  actions: string;
  partNo: string;
  partName: string;
  movement: string;
  quantity: string;
  faultySerial: string;
  replacementSerial: string;
  charged: string;
  chargesSection: string;
  totalCharged: string;
  warrantyNote: (inWarranty: boolean) => string;
  attachmentsSection: string;
  attachedTo: string;
  requestItself: string;
  visitNo: (seq: number) => string;
  purpose: string;
  fileName: string;
  uploadedAt: string;
  colon: string;
  confirmationSection: string;
  confirmedBy: string;
  feedback: string;
  notConfirmed: string;
  closedAt: string;
  customerSignature: string;
  engineerSignature: string;
  date: string;
  page: (page: number, pages: number) => string;
}

export const SHEET_TEXT: Record<Locale, SheetText> = {
  'zh-CN': {
    title: '售后服务单',
    code: '工单号',
    printedAt: '打印时间',
    requestSection: '工单信息',
    serviceType: '服务类型',
    channel: '受理渠道',
    priority: '优先级',
    status: '当前状态',
    warranty: '保修状态',
    reportedAt: '报修时间',
    outlet: '服务网点',
    technician: '工程师',
    product: '产品',
    serialNo: '产品序列号',
    fault: '故障描述',
    customerSection: '客户信息',
    customerName: '客户姓名',
    phone: '联系电话',
    timelineSection: '处理记录',
    time: '时间',
    change: '状态',
    actor: '操作人',
    note: '备注',
    visitsSection: '上门服务记录',
    noVisits: '无上门记录',
    visitHeading: (seq, technician) => `第 ${seq} 次上门 · 工程师 ${technician}`,
    arrivedAt: '到达时间',
    completedAt: '完成时间',
    outcome: '处理结果',
    diagnosis: '故障诊断',
    actions: '处理措施',
    partNo: '配件编号',
    partName: '配件名称',
    movement: '类型',
    quantity: '数量',
    faultySerial: '故障件序列号',
    replacementSerial: '新件序列号',
    charged: '收费（元）',
    chargesSection: '费用',
    totalCharged: '配件收费合计',
    warrantyNote: (inWarranty) => (inWarranty ? '保内服务：配件免费更换' : '配件按价收费'),
    attachmentsSection: '附件',
    attachedTo: '所属',
    requestItself: '工单',
    visitNo: (seq) => `第 ${seq} 次上门`,
    purpose: '用途',
    fileName: '文件名',
    uploadedAt: '上传时间',
    colon: '：',
    confirmationSection: '客户确认',
    confirmedBy: '现场确认人',
    feedback: '客户意见',
    notConfirmed: '尚未确认',
    closedAt: '结单时间',
    customerSignature: '客户签字：',
    engineerSignature: '工程师签字：',
    date: '日期：',
    page: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
  },
  en: {
    title: 'Service sheet',
    code: 'Request',
    printedAt: 'Printed',
    requestSection: 'Request',
    serviceType: 'Service type',
    channel: 'Channel',
    priority: 'Priority',
    status: 'Status',
    warranty: 'Warranty',
    reportedAt: 'Reported',
    outlet: 'Outlet',
    technician: 'Technician',
    product: 'Product',
    serialNo: 'Serial number',
    fault: 'Fault',
    customerSection: 'Customer',
    customerName: 'Name',
    phone: 'Phone',
    timelineSection: 'History',
    time: 'Time',
    change: 'Status',
    actor: 'By',
    note: 'Note',
    visitsSection: 'Visits',
    noVisits: 'No visits',
    visitHeading: (seq, technician) => `Visit ${seq} · technician ${technician}`,
    arrivedAt: 'Arrived',
    completedAt: 'Completed',
    outcome: 'Outcome',
    diagnosis: 'Diagnosis',
    actions: 'Actions',
    partNo: 'Part no.',
    partName: 'Part',
    movement: 'Movement',
    quantity: 'Qty',
    faultySerial: 'Faulty serial',
    replacementSerial: 'Replacement serial',
    charged: 'Charged (CNY)',
    chargesSection: 'Charges',
    totalCharged: 'Parts charged in total',
    warrantyNote: (inWarranty) => (inWarranty ? 'In warranty: parts replaced free of charge' : 'Parts charged at list price'),
    attachmentsSection: 'Attachments',
    attachedTo: 'Of',
    requestItself: 'Request',
    visitNo: (seq) => `Visit ${seq}`,
    purpose: 'Purpose',
    fileName: 'File',
    uploadedAt: 'Uploaded',
    colon: ': ',
    confirmationSection: 'Customer confirmation',
    confirmedBy: 'Confirmed on site by',
    feedback: 'Customer feedback',
    notConfirmed: 'Not confirmed yet',
    closedAt: 'Closed',
    customerSignature: 'Customer signature:',
    engineerSignature: 'Technician signature:',
    date: 'Date:',
    page: (page, pages) => `Page ${page} of ${pages}`,
  },
};
