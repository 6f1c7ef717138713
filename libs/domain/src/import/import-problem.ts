import type { Locale } from '../common/field-error';

/**
 * The report of an import (import-format.md): every problem names the file, the row as a spreadsheet
 * user counts it (the header is row 1), the column as written in the file, and the reason. Errors
 * refuse the whole set; warnings (unknown columns) are reported and the import goes on.
 */
export type ImportProblemCode =
  // files and headers
  | 'unknownRecordType'
  | 'unreadableFile'
  | 'notUtf8'
  | 'emptyFile'
  | 'missingColumn'
  | 'duplicateColumn'
  | 'unknownColumn'
  | 'tooManyCells'
  // cells
  | 'required'
  | 'requiredForRepair'
  | 'tooLong'
  | 'invalidChoice'
  | 'invalidPhone'
  | 'invalidInstant'
  | 'invalidDate'
  | 'invalidBoolean'
  | 'invalidInteger'
  | 'outOfRange'
  | 'invalidParts'
  | 'invalidNumber'
  | 'tooManyDecimals'
  | 'invalidAttendees'
  | 'inFuture'
  // rules between cells and rows
  | 'beforeReported'
  | 'beforeAcknowledged'
  | 'beforeResolved'
  | 'beforeArrival'
  | 'beforeReceived'
  | 'beforeRequestClosed'
  | 'requiredForStatus'
  | 'notAllowedForStatus'
  | 'onlyWhenClosed'
  | 'seqNotConsecutive'
  | 'beforeStart'
  | 'listedTwice'
  // references and duplicates
  | 'duplicateInSet'
  | 'alreadyExists'
  | 'notFound'
  | 'requestNotClosed'
  | 'serialOtherModel'
  | 'notImportedRecord'
  | 'changedInApp';

export const IMPORT_PROBLEM_SEVERITIES = ['error', 'warning'] as const;
export type ImportProblemSeverity = (typeof IMPORT_PROBLEM_SEVERITIES)[number];

export interface ImportProblem {
  /** File name as given (no directory). */
  file: string;
  /** Spreadsheet row: 1 is the header, 2 the first record; null for a problem of the whole file. */
  row: number | null;
  /** The column header as written in the file (or the expected English name when it is missing). */
  column: string | null;
  code: ImportProblemCode;
  severity: ImportProblemSeverity;
  params?: Record<string, string | number>;
}

const MESSAGES: Record<ImportProblemCode, Record<Locale, string>> = {
  unknownRecordType: {
    'zh-CN': '无法从文件名判断记录类型；文件名应为 {allowed} 之一（.csv 或 .xlsx）',
    en: 'Cannot tell the record type from the file name; name it one of {allowed} (.csv or .xlsx)',
  },
  unreadableFile: { 'zh-CN': '文件无法读取：{detail}', en: 'The file cannot be read: {detail}' },
  notUtf8: {
    'zh-CN': '文件不是 UTF-8 编码（可能是 GBK）：请在 Excel 中另存为「CSV UTF-8」',
    en: 'The file is not UTF-8 (perhaps GBK): save it as "CSV UTF-8" in Excel',
  },
  emptyFile: { 'zh-CN': '文件没有表头行', en: 'The file has no header row' },
  missingColumn: { 'zh-CN': '缺少必需的列「{column}」（或「{zh}」）', en: 'The required column "{column}" (or "{zh}") is missing' },
  duplicateColumn: { 'zh-CN': '该列出现了两次', en: 'This column appears twice' },
  unknownColumn: { 'zh-CN': '未知的列，已忽略', en: 'Unknown column, ignored' },
  tooManyCells: { 'zh-CN': '该行的单元格多于表头列数', en: 'This row has more cells than the header' },
  required: { 'zh-CN': '必填项', en: 'This value is required' },
  requiredForRepair: { 'zh-CN': '维修类工单必须填写故障描述', en: 'Required for a REPAIR request' },
  tooLong: { 'zh-CN': '不能超过 {max} 个字符', en: 'Must be at most {max} characters' },
  invalidChoice: { 'zh-CN': '取值「{value}」无效，可选：{allowed}', en: 'Invalid value "{value}"; allowed: {allowed}' },
  invalidPhone: { 'zh-CN': '「{value}」不是有效的手机号或固定电话', en: '"{value}" is not a valid mainland mobile or landline number' },
  invalidInstant: {
    'zh-CN': '「{value}」不是有效的时间（ISO-8601，例如 2026-03-01T09:30:00+08:00 或 2026-03-01 09:30）',
    en: '"{value}" is not a valid time (ISO-8601, e.g. 2026-03-01T09:30:00+08:00 or 2026-03-01 09:30)',
  },
  invalidDate: { 'zh-CN': '「{value}」不是有效的日期（例如 2026-03-01）', en: '"{value}" is not a valid date (e.g. 2026-03-01)' },
  invalidBoolean: { 'zh-CN': '「{value}」无效，应为 true/false 或 是/否', en: '"{value}" is not valid; use true/false or 是/否' },
  invalidInteger: { 'zh-CN': '「{value}」不是整数', en: '"{value}" is not a whole number' },
  outOfRange: { 'zh-CN': '应在 {min} 到 {max} 之间', en: 'Must be between {min} and {max}' },
  invalidParts: {
    'zh-CN': '「{value}」格式无效，应为「配件号*数量」并以分号分隔，例如 PCB-01*1;FAN-2*2',
    en: '"{value}" is not valid; write PARTNO*QTY items joined by ";", e.g. PCB-01*1;FAN-2*2',
  },
  invalidNumber: { 'zh-CN': '「{value}」不是数字', en: '"{value}" is not a number' },
  tooManyDecimals: { 'zh-CN': '最多 {places} 位小数', en: 'At most {places} decimal place(s)' },
  invalidAttendees: {
    'zh-CN': '「{value}」格式无效，参训人员应为登录名或「登录名:成绩」并以分号分隔，例如 gcs1;gcs2:85',
    en: '"{value}" is not valid; list logins or login:score items joined by ";", e.g. gcs1;gcs2:85',
  },
  inFuture: { 'zh-CN': '不能晚于当前时间', en: 'Cannot be in the future' },
  beforeReported: { 'zh-CN': '不能早于报修时间（{reportedAt}）', en: 'Cannot be earlier than the report time ({reportedAt})' },
  beforeAcknowledged: { 'zh-CN': '不能早于响应时间', en: 'Cannot be earlier than the acknowledgement time' },
  beforeResolved: { 'zh-CN': '不能早于解决时间', en: 'Cannot be earlier than the resolution time' },
  beforeArrival: { 'zh-CN': '不能早于到达时间', en: 'Cannot be earlier than the arrival time' },
  beforeReceived: { 'zh-CN': '不能早于受理时间', en: 'Cannot be earlier than the receipt time' },
  beforeRequestClosed: {
    'zh-CN': '不能早于工单关闭时间（{closedAt}）',
    en: 'Cannot be earlier than the closure of the request ({closedAt})',
  },
  requiredForStatus: { 'zh-CN': '状态为 {status} 时必须填写', en: 'Required when the status is {status}' },
  notAllowedForStatus: { 'zh-CN': '状态为 {status} 时不能填写', en: 'Must be empty when the status is {status}' },
  onlyWhenClosed: { 'zh-CN': '仅在已办结（填写了办结时间）时填写', en: 'Only for a closed record (with a closing time)' },
  seqNotConsecutive: {
    'zh-CN': '工单 {requestCode} 的上门序号应从 1 起连续编号，缺少第 {missing} 次',
    en: 'Visits of request {requestCode} must be numbered 1, 2, ... without gaps; visit {missing} is missing',
  },
  beforeStart: { 'zh-CN': '不能早于生效日期', en: 'Cannot be earlier than the start of validity' },
  listedTwice: { 'zh-CN': '{login} 被列出了两次', en: '{login} is listed twice' },
  duplicateInSet: { 'zh-CN': '与 {file} 第 {row} 行重复（{key}）', en: 'Same as {file} row {row} ({key})' },
  alreadyExists: {
    'zh-CN': '记录 {key} 已存在；如需覆盖请使用 --update',
    en: 'Record {key} already exists; use --update to overwrite it',
  },
  notFound: { 'zh-CN': '「{value}」不存在', en: '"{value}" does not exist' },
  requestNotClosed: {
    'zh-CN': '工单 {requestCode} 尚未关闭，不能有回访记录',
    en: 'Request {requestCode} is not closed, so it cannot have a return visit',
  },
  serialOtherModel: {
    'zh-CN': '序列号已登记在其他型号（{model}）下',
    en: 'This serial number is registered to another model ({model})',
  },
  notImportedRecord: {
    'zh-CN': '记录 {key} 是在系统中录入的，不能被导入覆盖',
    en: 'Record {key} was entered in StarDesk, not imported: an import cannot overwrite it',
  },
  changedInApp: {
    'zh-CN': '工单 {key} 导入后已在系统中处理过，不能被导入覆盖',
    en: 'Request {key} has been worked in StarDesk since it was imported: an import cannot overwrite it',
  },
};

export function importProblemMessage(problem: Pick<ImportProblem, 'code' | 'params'>, locale: Locale): string {
  return MESSAGES[problem.code][locale].replace(/\{(\w+)\}/g, (match, name: string) =>
    problem.params && name in problem.params ? String(problem.params[name]) : match,
  );
}

/** Report order: file, then row (file-level problems first), then column as the file lists them. */
export function sortProblems(problems: readonly ImportProblem[], fileOrder: readonly string[] = []): ImportProblem[] {
  const fileRank = (file: string): number => {
    const index = fileOrder.indexOf(file);
    return index < 0 ? fileOrder.length : index;
  };
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) =>
      fileRank(a.problem.file) - fileRank(b.problem.file) ||
      a.problem.file.localeCompare(b.problem.file) ||
      (a.problem.row ?? 0) - (b.problem.row ?? 0) ||
      a.index - b.index,
    )
    .map(({ problem }) => problem);
}

/** One line per problem, e.g. `visits.csv 第 5 行「arrived_at」：不能早于报修时间`. */
export function formatImportProblem(problem: ImportProblem, locale: Locale): string {
  const message = importProblemMessage(problem, locale);
  const where =
    locale === 'en'
      ? [problem.file, problem.row === null ? null : `row ${problem.row}`, problem.column === null ? null : `column "${problem.column}"`]
          .filter(Boolean)
          .join(', ')
      : `${problem.file}${problem.row === null ? '' : ` 第 ${problem.row} 行`}${problem.column === null ? '' : `「${problem.column}」列`}`;
  const tag = problem.severity === 'warning' ? (locale === 'en' ? ' (warning)' : '（提示）') : '';
  return `${where}${tag}${locale === 'en' ? ': ' : '：'}${message}`;
}

export function hasErrors(problems: readonly ImportProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
