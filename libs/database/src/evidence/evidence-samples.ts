import type { SampleCriterionEvaluation, SampleRecordType } from '@stardesk/domain';
import type { DataSource } from 'typeorm';
import type { EvidenceAssessment } from './evidence-assessment';

export const SAMPLE_HEADERS = ['检查项', '记录类型', '抽样种子', '总体数量', '样本量', '序号', '记录ID', '记录编号', '发现'];

/** How a sampled record is named in the package's record files, by record type. */
const REFERENCE_SQL: Partial<Record<SampleRecordType, string>> = {
  SERVICE_REQUEST: 'SELECT id, code AS ref FROM service_requests WHERE org_id = $1 AND id = ANY($2)',
  COMPLAINT: 'SELECT id, code AS ref FROM complaints WHERE org_id = $1 AND id = ANY($2)',
  STAFF: 'SELECT id, login AS ref FROM staff WHERE org_id = $1 AND id = ANY($2)',
  DELIVERY: 'SELECT d.id, sr.code AS ref FROM deliveries d JOIN service_requests sr ON sr.id = d.request_id WHERE d.org_id = $1 AND d.id = ANY($2)',
  WARRANTY_DECISION: 'SELECT w.id, sr.code AS ref FROM warranty_decisions w JOIN service_requests sr ON sr.id = w.request_id WHERE w.org_id = $1 AND w.id = ANY($2)',
};

/** One line per sampled record of every SAMPLE criterion (criteria by key, records in draw order), with the seed that drew it. */
export async function sampleRows(dataSource: DataSource, orgId: string, assessment: EvidenceAssessment): Promise<string[][]> {
  const lines: string[][] = [];
  const samples = Object.entries(assessment.evaluations)
    .filter((entry): entry is [string, SampleCriterionEvaluation] => entry[1].method === 'SAMPLE')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, sample] of samples) {
    const ids = sample.records.map((record) => record.recordId);
    const sql = REFERENCE_SQL[sample.recordType];
    const refs = new Map<string, string>();
    if (sql && ids.length > 0) {
      for (const row of await dataSource.query<{ id: string; ref: string }[]>(sql, [orgId, ids])) refs.set(row.id, row.ref);
    }
    if (sample.records.length === 0) {
      lines.push([key, sample.recordType, sample.seed, String(sample.populationSize), String(sample.sampleSize), '', '', '', '']);
    }
    sample.records.forEach((record, index) => {
      lines.push([
        key,
        sample.recordType,
        sample.seed,
        String(sample.populationSize),
        String(sample.sampleSize),
        String(index + 1),
        record.recordId,
        refs.get(record.recordId) ?? '',
        record.findings.map((finding) => `${finding.aspect}:${finding.code}`).join(';'),
      ]);
    });
  }
  return lines;
}
