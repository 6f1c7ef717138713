import type { CriterionEvaluation, CriterionScoreStatus, SampleRecordType } from '@stardesk/domain';
import type { EvidenceAssessment } from './evidence-assessment';
import type { ManifestFile } from './manifest';
import type { EvidenceCover, EvidenceCriterionEntry, EvidenceIndexModel } from './pdf';

type Language = 'zh-CN' | 'en';

const STATUS_TEXT: Record<CriterionScoreStatus, Record<Language, string>> = {
  CONFORMING: { 'zh-CN': '符合', en: 'Conforming' },
  PARTIAL: { 'zh-CN': '部分符合', en: 'Partly conforming' },
  NON_CONFORMING: { 'zh-CN': '不符合', en: 'Non-conforming' },
  EXCLUDED: { 'zh-CN': '不适用（已排除）', en: 'Excluded' },
  UNASSESSED: { 'zh-CN': '未评审', en: 'Not assessed' },
};

const RECORD_FILES: Record<SampleRecordType, string[]> = {
  SERVICE_REQUEST: ['records/service-requests.csv', 'records/visits.csv'],
  COMPLAINT: ['records/complaints.csv'],
  DELIVERY: ['records/deliveries.csv'],
  WARRANTY_DECISION: ['records/warranty-decisions.csv'],
  TAKE_BACK: ['records/take-backs.csv'],
  STAFF: ['personnel/staff.csv', 'personnel/qualifications.csv', 'personnel/evaluations.csv'],
  CUSTOMER: ['records/service-requests.csv'],
  FACILITY: [],
  CORRECTIVE_ACTION: ['registers/corrective-actions.csv'],
};

/** What each file of the package holds, for the index's file list. */
const FILE_DESCRIPTIONS: Record<string, Record<Language, string>> = {
  'records/service-requests.csv': { 'zh-CN': '服务请求（客户、产品型号、故障、报修时间）', en: 'Service requests (customer, product model, fault, request time)' },
  'records/visits.csv': { 'zh-CN': '处理与结果（到达、诊断、备件、完成、客户反馈）', en: 'Handling and results (arrival, diagnosis, parts, completion, customer feedback)' },
  'records/complaints.csv': { 'zh-CN': '投诉记录', en: 'Complaints' },
  'records/return-visits.csv': { 'zh-CN': '回访记录', en: 'Return visits' },
  'records/surveys.csv': { 'zh-CN': '满意度调查', en: 'Satisfaction surveys' },
  'records/deliveries.csv': { 'zh-CN': '送货安装记录', en: 'Deliveries and installations' },
  'records/warranty-decisions.csv': { 'zh-CN': '保修判定', en: 'Warranty decisions' },
  'records/take-backs.csv': { 'zh-CN': '废旧产品回收', en: 'Take-backs' },
  'records/quality-records.xlsx': { 'zh-CN': '质量记录（每类记录一个工作表）', en: 'Quality records (one sheet per record type)' },
  'personnel/staff.csv': { 'zh-CN': '人员名册', en: 'Staff' },
  'personnel/qualifications.csv': { 'zh-CN': '资质证书及有效期', en: 'Qualifications with validity' },
  'personnel/trainings.csv': { 'zh-CN': '培训记录', en: 'Trainings' },
  'personnel/evaluations.csv': { 'zh-CN': '人员考评', en: 'Evaluations' },
  'personnel/personnel-register.xlsx': { 'zh-CN': '人员档案（工作簿）', en: 'Personnel register (workbook)' },
  'registers/controlled-documents.csv': { 'zh-CN': '受控文件清单', en: 'Controlled document register' },
  'registers/internal-audits.csv': { 'zh-CN': '内部审核', en: 'Internal audits' },
  'registers/management-reviews.csv': { 'zh-CN': '管理评审', en: 'Management reviews' },
  'registers/corrective-actions.csv': { 'zh-CN': '纠正措施', en: 'Corrective actions' },
  'registers/change-notifications.csv': { 'zh-CN': '向认证机构的变更通知', en: 'Change notifications to the certification body' },
  'registers/quality-management-registers.xlsx': { 'zh-CN': '质量管理台账（工作簿）', en: 'Quality-management registers (workbook)' },
  'samples/samples.csv': { 'zh-CN': '抽样检查项的样本及种子', en: 'Samples drawn for SAMPLE criteria, with their seeds' },
  'samples/samples.json': { 'zh-CN': '样本明细（JSON）', en: 'Samples in full (JSON)' },
  'assessment/assessment.json': { 'zh-CN': '评估输入与结果（JSON）', en: 'The assessment’s inputs and results (JSON)' },
  'kpi-report.pdf': { 'zh-CN': 'KPI 报告（趋势图与月度表）', en: 'KPI report (trends and monthly tables)' },
};

function kpiFiles(kpi: string): string[] {
  const key = kpi.toLowerCase();
  if (key.includes('complaint')) return ['kpi-report.pdf', 'records/complaints.csv'];
  if (['csat', 'happiness', 'nps', 'returnvisit', 'satisf'].some((part) => key.includes(part))) return ['kpi-report.pdf', 'records/return-visits.csv', 'records/surveys.csv'];
  return ['kpi-report.pdf', 'records/service-requests.csv', 'records/visits.csv'];
}

function evidenceFilesOf(evaluation: CriterionEvaluation | undefined, method: EvidenceCriterionEntry['kind'], documentPaths: ReadonlyMap<string, string>): string[] {
  if (!evaluation) return method === 'MANUAL' ? ['assessment/assessment.json'] : [];
  switch (evaluation.method) {
    case 'KPI':
      return kpiFiles(evaluation.kpi);
    case 'DOCUMENT':
      return ['registers/controlled-documents.csv', ...evaluation.documentIds.map((id) => documentPaths.get(id.slice(0, 8))).filter((file): file is string => file !== undefined)];
    case 'SAMPLE':
      return ['samples/samples.csv', ...RECORD_FILES[evaluation.recordType]];
  }
}

function detailOf(evaluation: CriterionEvaluation | undefined, language: Language): string {
  if (!evaluation) return '';
  const en = language === 'en';
  switch (evaluation.method) {
    case 'KPI':
      return `${evaluation.kpi} = ${evaluation.value ?? '—'} (${evaluation.comparator} ${evaluation.threshold})`;
    case 'DOCUMENT':
      return evaluation.firstUncoveredDay ? (en ? `not covered from ${evaluation.firstUncoveredDay}` : `${evaluation.firstUncoveredDay} 起未覆盖`) : '';
    case 'SAMPLE':
      return en
        ? `sampled ${evaluation.sampled} of ${evaluation.populationSize}, ${evaluation.nonConforming} non-conforming, seed ${evaluation.seed}`
        : `总体 ${evaluation.populationSize}，抽样 ${evaluation.sampled}，不符合 ${evaluation.nonConforming}，种子 ${evaluation.seed}`;
  }
}

/** The index of the package: cover, the indicators with their criteria, results and evidence files, and every file. */
export function evidenceIndexModel(
  cover: EvidenceCover,
  assessment: EvidenceAssessment,
  files: readonly ManifestFile[],
  language: Language,
  documentPaths: ReadonlyMap<string, string> = documentPathsOf(files),
): EvidenceIndexModel {
  const present = new Set(files.map((file) => file.path));
  const scored = new Map(assessment.score.indicators.map((indicator) => [indicator.key, indicator]));
  const indicators = assessment.catalog.indicators.map((indicator) => {
    const score = scored.get(indicator.key);
    const criterionScores = new Map(score?.criteria.map((criterion) => [criterion.key, criterion]) ?? []);
    return {
      code: indicator.key,
      nameZh: indicator.nameZh,
      nameEn: indicator.nameEn,
      category: indicator.category,
      maxPoints: indicator.points,
      points: score ? score.actualPoints : null,
      criteria: indicator.criteria.map((criterion): EvidenceCriterionEntry => {
        const criterionScore = criterionScores.get(criterion.key);
        const evaluation = assessment.evaluations[criterion.key];
        const status = criterionScore?.status ?? 'UNASSESSED';
        const detail = detailOf(evaluation, language);
        const note = assessment.judgements[criterion.key]?.note;
        return {
          code: criterion.key,
          text: language === 'en' ? criterion.nameEn : criterion.nameZh,
          kind: criterion.evidence.method,
          result: [STATUS_TEXT[status][language], detail, note ?? ''].filter((part) => part !== '').join(' · '),
          points: criterionScore ? criterionScore.actualPoints : null,
          maxPoints: criterion.points,
          evidenceFiles: evidenceFilesOf(evaluation, criterion.evidence.method, documentPaths).filter((file) => present.has(file)),
        };
      }),
    };
  });
  return {
    cover,
    indicators,
    files: files.map((file) => ({ path: file.path, description: FILE_DESCRIPTIONS[file.path]?.[language] ?? (file.path.startsWith('documents/') ? (language === 'en' ? 'Controlled document' : '受控文件') : '') })),
  };
}

/** Document files by the first 8 characters of the controlled-document id in their folder name (`<version>-<id prefix>`). */
function documentPathsOf(files: readonly ManifestFile[]): Map<string, string> {
  const paths = new Map<string, string>();
  for (const file of files) {
    const match = /^documents\/files\/[^/]+\/[^/]*-([0-9a-f]{8})\//.exec(file.path);
    if (match) paths.set(match[1]!, file.path);
  }
  return paths;
}

const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
const href = (file: string): string => file.split('/').map(encodeURIComponent).join('/');

/** index.html: opens offline in any browser; every evidence file is a relative link into the package. */
export function renderIndexHtml(model: EvidenceIndexModel, assessment: EvidenceAssessment, missingDocumentFiles: readonly string[], language: Language): string {
  const en = language === 'en';
  const t = (zh: string, english: string): string => escapeHtml(en ? english : zh);
  const cover = model.cover;
  const grade = cover.grade ?? '—';
  const basis = assessment.live
    ? t('无已签署的评估：按当前指标目录于生成时自动评估（人工检查项未评审）', 'No signed-off assessment: the current catalogue was evaluated at generation (manual criteria not assessed)')
    : assessment.signedOff
      ? t(`已签署的评估 ${cover.assessmentId ?? ''}`, `Signed-off assessment ${cover.assessmentId ?? ''}`)
      : t(`评估草稿 ${cover.assessmentId ?? ''}（未签署）`, `Draft assessment ${cover.assessmentId ?? ''} (not signed off)`);
  const rows = model.indicators
    .map((indicator) => {
      const head = `<tr class="indicator"><th>${escapeHtml(indicator.code)}</th><th colspan="3">${escapeHtml(indicator.nameZh)}<br><small>${escapeHtml(indicator.nameEn)}</small></th><th>${indicator.points ?? '—'} / ${indicator.maxPoints}</th></tr>`;
      const criteria = indicator.criteria
        .map((criterion) => {
          const links = criterion.evidenceFiles.map((file) => `<a href="${href(file)}">${escapeHtml(file)}</a>`).join('<br>');
          return `<tr><td>${escapeHtml(criterion.code)}</td><td>${escapeHtml(criterion.text)}<br><small>${criterion.kind}</small></td><td>${escapeHtml(criterion.result)}</td><td>${links}</td><td>${criterion.points ?? '—'} / ${criterion.maxPoints}</td></tr>`;
        })
        .join('\n');
      return `${head}\n${criteria}`;
    })
    .join('\n');
  const files = model.files.map((file) => `<li><a href="${href(file.path)}">${escapeHtml(file.path)}</a> ${escapeHtml(file.description)}</li>`).join('\n');
  const missing =
    missingDocumentFiles.length === 0
      ? ''
      : `<p class="warning">${t('以下受控文件的文件在文件库中缺失：', 'The files of these controlled documents are missing from the file store:')} ${missingDocumentFiles.map(escapeHtml).join(', ')}</p>`;
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<title>${t('售后服务认证证据包', 'After-sales service certification evidence package')} · ${escapeHtml(cover.organisationName)}</title>
<style>
body { font-family: "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #ccc; padding: 4px 6px; vertical-align: top; text-align: left; }
tr.indicator th { background: #eef3fb; } small { color: #666; } .warning { color: #a00; }
</style>
</head>
<body>
<h1>${t('GB/T 27922-2011 售后服务认证证据包', 'GB/T 27922-2011 after-sales service certification evidence package')}</h1>
<table class="cover">
<tr><th>${t('组织', 'Organisation')}</th><td>${escapeHtml(cover.organisationName)} (${escapeHtml(cover.organisationCode)})</td></tr>
<tr><th>${t('期间', 'Period')}</th><td>${escapeHtml(cover.periodFrom)} – ${escapeHtml(cover.periodTo)}</td></tr>
<tr><th>${t('生成时间', 'Generated')}</th><td>${escapeHtml(cover.generatedAt)}</td></tr>
<tr><th>${t('得分', 'Score')}</th><td>${cover.score ?? '—'}</td></tr>
<tr><th>${t('等级', 'Grade')}</th><td>${escapeHtml(grade)}</td></tr>
<tr><th>${t('评估依据', 'Basis')}</th><td>${basis}</td></tr>
<tr><th>${t('指标目录版本', 'Catalogue version')}</th><td>${escapeHtml(cover.catalogVersion ?? '—')}</td></tr>
</table>
<p>${t('本包的完整性由 manifest.json 中的 Ed25519 签名保证，可用 stardesk verify 离线校验。', 'manifest.json lists every file with its SHA-256 and is signed with Ed25519; check it offline with stardesk verify.')}</p>
${missing}
<h2>${t('指标、检查项、结果与证据', 'Indicators, criteria, results and evidence')}</h2>
<table>
<tr><th>${t('编号', 'Code')}</th><th>${t('检查项', 'Criterion')}</th><th>${t('结果', 'Result')}</th><th>${t('证据文件', 'Evidence files')}</th><th>${t('得分', 'Points')}</th></tr>
${rows}
</table>
<h2>${t('文件清单', 'Files')}</h2>
<ul>
${files}
</ul>
</body>
</html>
`;
}
