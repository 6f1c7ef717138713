import { DEFAULT_KPI_TARGETS } from '../kpi/kpi-targets';
import { criterionSampleSeed, sampleFindings, sampleResultOf, type ComplaintSampleFacts, type ServiceRequestSampleFacts } from './sample-findings';

const at = (iso: string): Date => new Date(iso);

const aRepair = (changes: Partial<ServiceRequestSampleFacts> = {}): ServiceRequestSampleFacts => ({
  recordType: 'SERVICE_REQUEST',
  id: 'r1',
  type: 'REPAIR',
  priority: 'NORMAL',
  outletId: 'o1',
  faultDescription: '不制冷',
  reportedAt: at('2026-03-01T00:00:00Z'),
  acknowledgedAt: at('2026-03-01T02:00:00Z'),
  visits: [{ arrivedAt: at('2026-03-02T00:00:00Z'), completedAt: at('2026-03-02T01:00:00Z'), diagnosis: '压缩机故障', confirmedBy: '王先生', customerFeedback: null }],
  ...changes,
});

const aComplaint = (changes: Partial<ComplaintSampleFacts> = {}): ComplaintSampleFacts => ({
  recordType: 'COMPLAINT',
  id: 'c1',
  outletId: null,
  severity: 'NORMAL',
  channel: 'HOTLINE',
  description: '上门迟到',
  resolution: '致歉并补偿',
  customerAccepted: true,
  receivedAt: at('2026-03-01T00:00:00Z'),
  acknowledgedAt: at('2026-03-02T00:00:00Z'),
  closedAt: at('2026-03-08T00:00:00Z'),
  ...changes,
});

const codes = (findings: { code: string }[]): string[] => findings.map((finding) => finding.code);

describe('sampleFindings', () => {
  it('finds nothing on a complete repair handled in time (exactly on the targets)', () => {
    expect(sampleFindings(aRepair(), DEFAULT_KPI_TARGETS)).toEqual([]);
  });

  it('lists each missing part of a repair record', () => {
    const record = aRepair({ faultDescription: ' ', visits: [{ arrivedAt: at('2026-03-01T10:00:00Z'), completedAt: null, diagnosis: null, confirmedBy: null, customerFeedback: '' }] });
    expect(codes(sampleFindings(record, DEFAULT_KPI_TARGETS))).toEqual(['missingFaultDescription', 'missingDiagnosis', 'missingCompletionTime', 'missingCustomerConfirmation']);
  });

  it('needs a visit for a repair but not for a consultation', () => {
    expect(codes(sampleFindings(aRepair({ visits: [] }), DEFAULT_KPI_TARGETS))).toEqual(['missingVisit']);
    expect(sampleFindings(aRepair({ type: 'CONSULTATION', faultDescription: null, visits: [] }), DEFAULT_KPI_TARGETS)).toEqual([]);
  });

  it('checks response by priority and arrival, one minute over being late', () => {
    const late = aRepair({ acknowledgedAt: at('2026-03-01T02:01:00Z'), visits: [{ ...aRepair().visits[0]!, arrivedAt: at('2026-03-02T00:01:00Z') }] });
    expect(sampleFindings(late, DEFAULT_KPI_TARGETS)).toEqual([
      { aspect: 'TIMELINESS', code: 'lateResponse' },
      { aspect: 'TIMELINESS', code: 'lateArrival' },
    ]);
    expect(codes(sampleFindings(aRepair({ acknowledgedAt: null }), DEFAULT_KPI_TARGETS))).toEqual(['lateResponse']);
  });

  it('uses the outlet’s own targets', () => {
    const targets = { ...DEFAULT_KPI_TARGETS, byOutlet: { o1: { responseMinutes: { NORMAL: 60 } } } };
    expect(codes(sampleFindings(aRepair(), targets))).toEqual(['lateResponse']);
  });

  it('checks complaints for completeness and both deadlines of their severity', () => {
    expect(sampleFindings(aComplaint(), DEFAULT_KPI_TARGETS)).toEqual([]);
    expect(codes(sampleFindings(aComplaint({ severity: 'MAJOR', customerAccepted: null, channel: null }), DEFAULT_KPI_TARGETS))).toEqual([
      'missingChannel',
      'notClosedWithCustomer',
      'lateClosure',
    ]);
    expect(codes(sampleFindings(aComplaint({ acknowledgedAt: at('2026-03-02T00:00:01Z') }), DEFAULT_KPI_TARGETS))).toEqual(['lateAcknowledgement']);
  });

  it('checks deliveries, decisions, take-backs, staff and customers', () => {
    const delivery = { recordType: 'DELIVERY', id: 'd', scheduledTo: at('2026-03-01T12:00:00Z'), doneAt: at('2026-03-01T12:30:00Z'), condition: 'DAMAGED_PRODUCT', signerName: null } as const;
    expect(codes(sampleFindings(delivery, DEFAULT_KPI_TARGETS))).toEqual(['notIntact', 'missingSignature', 'lateDelivery']);
    expect(codes(sampleFindings({ recordType: 'WARRANTY_DECISION', id: 'w', reason: '人为损坏', warrantyOverridden: true, overrideReason: null }, DEFAULT_KPI_TARGETS))).toEqual(['missingOverrideReason']);
    expect(codes(sampleFindings({ recordType: 'TAKE_BACK', id: 't', disposer: '绿环', certificateNo: null }, DEFAULT_KPI_TARGETS))).toEqual(['missingDisposalCertificate']);
    expect(codes(sampleFindings({ recordType: 'STAFF', id: 's', hasValidQualification: false, hasEvaluation: true }, DEFAULT_KPI_TARGETS))).toEqual(['noValidQualification']);
    expect(codes(sampleFindings({ recordType: 'CUSTOMER', id: 'c', name: '王', phone: '13800000000', address: null }, DEFAULT_KPI_TARGETS))).toEqual(['missingAddress']);
  });
});

describe('sampleResultOf', () => {
  it('counts records with any finding as non-conforming', () => {
    const records = [{ recordId: 'a', findings: [] }, { recordId: 'b', findings: [{ aspect: 'TIMELINESS' as const, code: 'lateClosure' as const }] }];
    expect(sampleResultOf(records, 's')).toEqual({ outcome: 'SAMPLED', sampled: 2, nonConforming: 1, seed: 's' });
  });

  it('leaves an empty sample to the assessor', () => {
    expect(sampleResultOf([], 's')).toBeNull();
  });

  it('derives one seed per criterion', () => {
    expect(criterionSampleSeed('2026-audit', 'SYS.STAFF.3')).toBe('2026-audit:SYS.STAFF.3');
  });
});
