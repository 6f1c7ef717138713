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
  // uploads
  | 'tooLarge'
  | 'invalidBase64'
  // satisfaction: return visits and surveys
  | 'beforeClosed'
  | 'notApplicable'
  | 'invalidKey'
  | 'duplicateKey'
  | 'unknownFactor'
  | 'weightsMustSumToOne';

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
