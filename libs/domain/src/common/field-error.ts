/**
 * Validation results shared by every boundary (GraphQL, CLI, import, web forms).
 * A field error carries a stable code; the text shown to people comes from the message catalogue,
 * so the API and the web render the same words in zh-CN and en.
 */
export type Locale = 'zh-CN' | 'en';

export const SUPPORTED_LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export type FieldErrorCode =
  | 'required'
  | 'tooLong'
  | 'invalidChoice'
  | 'invalidPhone'
  | 'invalidDate'
  | 'inFuture'
  | 'beforeReported'
  | 'beforePreviousEvent'
  | 'beforeArrival'
  | 'beforeStart'
  | 'outOfRange'
  | 'insufficientStock'
  | 'invalidCode'
  | 'invalidCreditCode'
  | 'invalidTimeZone'
  | 'notFound'
  | 'duplicate'
  | 'serialBelongsToOtherProduct'
  | 'nothingToAmend'
  // uploads
  | 'tooLarge'
  | 'invalidBase64'
  // satisfaction: return visits and surveys
  | 'beforeClosed'
  | 'notApplicable'
  | 'invalidKey'
  | 'duplicateKey'
  | 'unknownFactor'
  | 'weightsMustSumToOne'
  | 'invalidTime'
  | 'endNotAfterStart'
  | 'overlapping'
  | 'noWorkingHours'
  | 'longerThanLessUrgent'
  | 'shorterThanMoreUrgent'
  | 'listedTwice'
  | 'outsideYear'
  | 'inactive'
  | 'invalidLogin'
  | 'alreadyUsed'
  // service and people records: deliveries, warranty decisions, take-backs, qualifications, trainings
  | 'requestTypeNotAllowed'
  | 'onlyForRefund'
  | 'hazardousDisposal'
  | 'tooManyDecimals'
  | 'alreadyRecorded'
  // attachments
  | 'fileEmpty'
  | 'fileTooLarge'
  | 'fileTypeNotAllowed'
  | 'fileContentMismatch'
  | 'fileMustBeImage'
  // GB/T 27922 assessments
  | 'decidedByEvidence'
  | 'noteRequired'
  // quality-management registers
  | 'notDraft'
  | 'sameAsAuthor'
  | 'notAfterPrevious'
  | 'notCustomerFacing'
  | 'notOpen'
  | 'notActionTaken'
  | 'beforeCompletion'
  | 'beforeChange'
  | 'invalidEmail'
  | 'wrongDocumentType'
  // customer portal
  | 'productOrSerialRequired'
  | 'beforeToday'
  | 'tooFarAhead'
  // KPI periods and breakdowns
  | 'notAfterFrom'
  | 'periodTooLong'
  // accounts
  | 'passwordTooShort'
  | 'passwordTooWeak'
  | 'passwordContainsLogin'
  | 'ownAdminRole'
  | 'selfDeactivation'
  | 'outletRequiredForRole'
  | 'staffInactive';

export interface FieldError {
  /** Dotted path of the input field, e.g. `customer.phone`. */
  field: string;
  code: FieldErrorCode;
  /** Values interpolated into the message, e.g. `{ max: 500 }`. */
  params?: Record<string, string | number>;
}

type Catalogue = Record<FieldErrorCode, Record<Locale, string>>;

const MESSAGES: Catalogue = {
  required: { 'zh-CN': '必填项', en: 'This field is required' },
  tooLong: { 'zh-CN': '不能超过 {max} 个字符', en: 'Must be at most {max} characters' },
  invalidChoice: { 'zh-CN': '取值无效，可选：{allowed}', en: 'Invalid value; allowed: {allowed}' },
  invalidPhone: {
    'zh-CN': '请输入有效的手机号或固定电话',
    en: 'Enter a valid mainland mobile or landline number',
  },
  invalidDate: { 'zh-CN': '日期时间格式无效', en: 'Invalid date or time' },
  inFuture: { 'zh-CN': '不能晚于当前时间', en: 'Cannot be in the future' },
  beforeReported: { 'zh-CN': '不能早于报修时间', en: 'Cannot be earlier than the report time' },
  beforePreviousEvent: {
    'zh-CN': '不能早于该工单上一条记录的时间',
    en: 'Cannot be earlier than the previous entry of this request',
  },
  beforeArrival: { 'zh-CN': '不能早于到达时间', en: 'Cannot be earlier than the arrival time' },
  beforeStart: { 'zh-CN': '结束时间不能早于开始时间', en: 'The end cannot be earlier than the start' },
  outOfRange: { 'zh-CN': '应在 {min} 到 {max} 之间', en: 'Must be between {min} and {max}' },
  insufficientStock: {
    'zh-CN': '库存不足：该网点现有 {available} 件',
    en: 'Not enough stock: the outlet has {available}',
  },
  invalidCode: {
    'zh-CN': '编码只能包含大写字母、数字和连字符（2–32 位）',
    en: 'Codes use upper-case letters, digits and hyphens (2–32 characters)',
  },
  invalidCreditCode: {
    'zh-CN': '统一社会信用代码应为 18 位数字或大写字母',
    en: 'A unified social credit code has 18 digits or upper-case letters',
  },
  invalidTimeZone: { 'zh-CN': '无效的时区（例如 Asia/Shanghai）', en: 'Unknown time zone (e.g. Asia/Shanghai)' },
  notFound: { 'zh-CN': '所选记录不存在', en: 'The selected record does not exist' },
  duplicate: { 'zh-CN': '已存在相同编码的记录', en: 'A record with this code already exists' },
  nothingToAmend: { 'zh-CN': '更正内容与原记录相同', en: 'The amendment changes nothing' },
  serialBelongsToOtherProduct: {
    'zh-CN': '该序列号已登记在其他型号（{model}）下',
    en: 'This serial number is registered to another model ({model})',
  },
  tooLarge: {
    'zh-CN': '上传内容合计不能超过 {maxMb} MB（本次 {actualMb} MB）；更大的数据请用命令行 stardesk import 导入',
    en: 'Uploads may total at most {maxMb} MB (these are {actualMb} MB); import larger sets with the stardesk import command',
  },
  invalidBase64: { 'zh-CN': '文件内容不是有效的 Base64 编码', en: 'The file content is not valid Base64' },
  // satisfaction: return visits and surveys
  beforeClosed: { 'zh-CN': '不能早于工单关闭时间', en: 'Cannot be earlier than the closure of the request' },
  notApplicable: { 'zh-CN': '仅在回访成功时填写', en: 'Only for a completed return visit' },
  invalidKey: {
    'zh-CN': '标识只能包含小写字母、数字和下划线，以字母开头（最多 32 位）',
    en: 'Keys use lower-case letters, digits and underscores, starting with a letter (at most 32)',
  },
  duplicateKey: { 'zh-CN': '标识重复', en: 'This key is used twice' },
  unknownFactor: { 'zh-CN': '该调查没有此评价项', en: 'This survey has no such question' },
  weightsMustSumToOne: { 'zh-CN': '各项权重之和必须为 1（当前为 {sum}）', en: 'The weights must add up to 1 (now {sum})' },
  invalidTime: { 'zh-CN': '时间格式应为 HH:MM（00:00–24:00）', en: 'Use HH:MM (00:00–24:00)' },
  endNotAfterStart: { 'zh-CN': '结束时间必须晚于开始时间', en: 'The end must be after the start' },
  overlapping: { 'zh-CN': '与同一天的其他时段重叠', en: 'Overlaps another period of the same day' },
  noWorkingHours: { 'zh-CN': '每周至少需要一个工作时段', en: 'At least one working period a week is needed' },
  longerThanLessUrgent: {
    'zh-CN': '不能长于较低级别 {other} 的时限（{limit}）',
    en: 'Cannot be longer than the less urgent {other} target ({limit})',
  },
  shorterThanMoreUrgent: {
    'zh-CN': '不能短于较高级别 {other} 的时限（{limit}）',
    en: 'Cannot be shorter than the more urgent {other} target ({limit})',
  },
  listedTwice: { 'zh-CN': '重复出现', en: 'Listed more than once' },
  outsideYear: { 'zh-CN': '日期不在 {year} 年内', en: 'The date is not in {year}' },
  inactive: { 'zh-CN': '所选记录已停用', en: 'The selected record is deactivated' },
  alreadyUsed: { 'zh-CN': '已被其他记录使用', en: 'Already used by another record' },
  invalidLogin: {
    'zh-CN': '登录名只能包含小写字母、数字、点、下划线和连字符（2–64 位）',
    en: 'Logins use lower-case letters, digits, dots, underscores and hyphens (2–64 characters)',
  },
  // service and people records: deliveries, warranty decisions, take-backs, qualifications, trainings
  requestTypeNotAllowed: {
    'zh-CN': '该工单类型（{type}）不能登记此记录，可用：{allowed}',
    en: 'Not possible for a request of type {type}; allowed: {allowed}',
  },
  onlyForRefund: { 'zh-CN': '仅在决定退货退款时填写', en: 'Only for a refund decision' },
  hazardousDisposal: {
    'zh-CN': '该产品需危险品处置，只能返厂或交有资质的处置单位',
    en: 'This product needs hazardous handling: return it to the manufacturer or to a certified disposer',
  },
  tooManyDecimals: { 'zh-CN': '最多保留 {places} 位小数', en: 'At most {places} decimal places' },
  alreadyRecorded: { 'zh-CN': '已有相同的记录，不能重复登记', en: 'This record already exists' },
  // attachments
  fileEmpty: { 'zh-CN': '文件为空', en: 'The file is empty' },
  fileTooLarge: { 'zh-CN': '文件不能超过 {maxMb} MB', en: 'The file must be at most {maxMb} MB' },
  fileTypeNotAllowed: { 'zh-CN': '不支持的文件类型，仅支持：{allowed}', en: 'This type of file is not accepted; allowed: {allowed}' },
  fileContentMismatch: {
    'zh-CN': '文件内容与扩展名 {extension} 不符（内容不是 {expected}）',
    en: 'The content does not match the extension {extension} (it is not {expected})',
  },
  fileMustBeImage: { 'zh-CN': '照片须为图片（JPEG、PNG 或 WebP）', en: 'A photo must be a picture (JPEG, PNG or WebP)' },
  // GB/T 27922 assessments
  decidedByEvidence: { 'zh-CN': '该检查项已由客观证据自动判定，不能手工登记', en: 'This criterion is decided by its evidence and cannot be recorded by hand' },
  noteRequired: { 'zh-CN': '判定为不符合或不适用时须填写说明', en: 'A note is required for non-conforming or not applicable' },
  // quality-management registers
  notDraft: { 'zh-CN': '只有草稿版本可以修改或批准', en: 'Only a draft version can be changed or approved' },
  sameAsAuthor: { 'zh-CN': '批准人不能是编写人', en: 'The approver cannot be the author' },
  notAfterPrevious: { 'zh-CN': '生效日期须晚于上一版本的生效日期（{date}）', en: 'Must be after the previous version took effect ({date})' },
  notCustomerFacing: { 'zh-CN': '只有常见问题和产品说明书可以向客户发布', en: 'Only FAQ and product manuals can be published to customers' },
  notOpen: { 'zh-CN': '该纠正措施不是待处理状态', en: 'This corrective action is not open' },
  notActionTaken: { 'zh-CN': '纠正措施完成后才能验证有效性', en: 'The effectiveness is checked after the action is taken' },
  beforeCompletion: { 'zh-CN': '不能早于措施完成日期', en: 'Cannot be earlier than the day the action was taken' },
  beforeChange: { 'zh-CN': '不能早于变更发生日期', en: 'Cannot be earlier than the change' },
  invalidEmail: { 'zh-CN': '请输入有效的电子邮箱', en: 'Enter a valid e-mail address' },
  wrongDocumentType: { 'zh-CN': '所选文件类型应为 {type}', en: 'The selected document must be of type {type}' },
  // customer portal
  productOrSerialRequired: { 'zh-CN': '请选择产品型号或填写产品序列号', en: 'Choose the product model or enter the serial number' },
  beforeToday: { 'zh-CN': '不能早于今天', en: 'Cannot be before today' },
  tooFarAhead: { 'zh-CN': '最多可预约 {days} 天内', en: 'At most {days} days ahead' },
  // KPI periods and breakdowns
  notAfterFrom: { 'zh-CN': '结束日期必须晚于开始日期（期间为 [开始, 结束)）', en: 'Must be after the start date (the period is [from, to))' },
  periodTooLong: { 'zh-CN': '期间不能超过 {max} 天', en: 'The period cannot be longer than {max} days' },
  // accounts
  passwordTooShort: { 'zh-CN': '密码至少 {min} 个字符', en: 'The password needs at least {min} characters' },
  passwordTooWeak: {
    'zh-CN': '密码须同时包含字母和数字',
    en: 'The password needs both letters and digits',
  },
  passwordContainsLogin: { 'zh-CN': '密码不能包含登录名', en: 'The password must not contain the login' },
  ownAdminRole: {
    'zh-CN': '不能取消自己的管理员角色，请让另一位管理员操作',
    en: 'You cannot remove your own administrator role; ask another administrator',
  },
  selfDeactivation: {
    'zh-CN': '不能停用自己的账户，请让另一位管理员操作',
    en: 'You cannot deactivate yourself; ask another administrator',
  },
  outletRequiredForRole: {
    'zh-CN': '调度员和工程师至少要分配一个网点',
    en: 'Dispatchers and technicians need at least one outlet',
  },
  staffInactive: {
    'zh-CN': '该员工已停用，请先重新启用',
    en: 'This staff member is deactivated; reactivate them first',
  },
};

export function fieldErrorMessage(error: FieldError, locale: Locale): string {
  const template = MESSAGES[error.code][locale];
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    error.params && name in error.params ? String(error.params[name]) : match,
  );
}

/** Picks the best supported locale from an HTTP Accept-Language header or a stored preference. */
export function resolveLocale(preference: string | undefined | null): Locale {
  if (!preference) return DEFAULT_LOCALE;
  const wanted = preference
    .split(',')
    .map((part) => part.split(';')[0]?.trim().toLowerCase() ?? '')
    .filter(Boolean);
  for (const tag of wanted) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}

/** Raised at a boundary when input breaks one or more rules; carries every problem at once. */
export class ValidationFailed extends Error {
  constructor(readonly errors: FieldError[]) {
    super(`Invalid input: ${errors.map((error) => `${error.field} (${error.code})`).join(', ')}`);
    this.name = 'ValidationFailed';
  }
}
