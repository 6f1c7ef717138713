import { ValidationFailed } from '../common/field-error';
import { isCorrectiveActionOverdue, validateCompletion, validateCorrectiveAction, validateEffectivenessCheck } from './corrective-action';
import { notificationDeadline, notificationState, validateChangeNotification, validateNotificationSent } from './change-notification';
import { validateEnterpriseProfile } from './enterprise-profile';
import { findingNeedsCorrectiveAction, validateAuditFinding, validateInternalAudit } from './internal-audit';
import { validateManagementReview } from './management-review';

const TODAY = '2026-06-15';

const codesOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationFailed) return error.errors.map((e) => `${e.field}:${e.code}`);
    throw error;
  }
  throw new Error('expected ValidationFailed');
};

describe('corrective actions', () => {
  const open = { status: 'OPEN' as const, rootCause: '培训不足', action: '补训', dueDate: '2026-06-30' };

  it('keeps a complaint-raised action', () => {
    expect(validateCorrectiveAction({ source: 'COMPLAINT', sourceReference: 'TS-2026-0001', problem: '上门超时', ownerId: 'o', dueDate: '2026-07-01' })).toMatchObject({
      source: 'COMPLAINT',
      sourceReference: 'TS-2026-0001',
      auditFindingId: null,
    });
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['nothing', {}, ['source:required', 'problem:required', 'ownerId:required', 'dueDate:required']],
    ['a complaint without its reference', { source: 'COMPLAINT', problem: 'p', ownerId: 'o', dueDate: '2026-07-01' }, ['sourceReference:required']],
    ['an audit finding action without the finding', { source: 'AUDIT_FINDING', problem: 'p', ownerId: 'o', dueDate: '2026-07-01' }, ['auditFindingId:required']],
    ['a finding on a KPI action', { source: 'KPI_BELOW_TARGET', sourceReference: 'FTFR 2026-05', auditFindingId: 'f', problem: 'p', ownerId: 'o', dueDate: '2026-07-01' }, ['auditFindingId:notApplicable']],
    ['a bad due date', { source: 'OTHER', problem: 'p', ownerId: 'o', dueDate: '2026-02-30' }, ['dueDate:invalidDate']],
  ])('refuses %s', (_, draft, codes) => {
    expect(codesOf(() => validateCorrectiveAction(draft))).toEqual(codes);
  });

  it('a change of an action already linked to its finding need not name the finding again', () => {
    expect(validateCorrectiveAction({ source: 'AUDIT_FINDING', problem: 'p', ownerId: 'o', dueDate: '2026-07-01' }, { findingLinked: true })).toMatchObject({ auditFindingId: null });
  });

  it('is overdue only while open after its due day', () => {
    expect(isCorrectiveActionOverdue({ status: 'OPEN', dueDate: '2026-06-14' }, TODAY)).toBe(true);
    expect(isCorrectiveActionOverdue({ status: 'OPEN', dueDate: TODAY }, TODAY)).toBe(false);
    expect(isCorrectiveActionOverdue({ status: 'ACTION_TAKEN', dueDate: '2026-06-01' }, TODAY)).toBe(false);
    expect(isCorrectiveActionOverdue({ status: 'CLOSED', dueDate: '2026-06-01' }, TODAY)).toBe(false);
  });

  it('is taken only when open, with root cause and action, not in the future', () => {
    expect(validateCompletion(open, { completedOn: TODAY }, TODAY)).toEqual({ completedOn: TODAY, completionNote: null });
    expect(codesOf(() => validateCompletion({ ...open, rootCause: null, status: 'CLOSED' }, { completedOn: '2026-06-16' }, TODAY))).toEqual([
      'status:notOpen',
      'rootCause:required',
      'completedOn:inFuture',
    ]);
  });

  it('closes when effective, opens again with a new due date when not', () => {
    const taken = { ...open, status: 'ACTION_TAKEN' as const, completedOn: '2026-06-10' };
    expect(validateEffectivenessCheck(taken, { result: 'EFFECTIVE', checkedOn: TODAY, checkedById: 'q' }, TODAY)).toMatchObject({ nextStatus: 'CLOSED', nextDueDate: '2026-06-30' });
    expect(validateEffectivenessCheck(taken, { result: 'NOT_EFFECTIVE', checkedOn: TODAY, checkedById: 'q', note: '仍有超时', newDueDate: '2026-07-31' }, TODAY)).toMatchObject({
      nextStatus: 'OPEN',
      nextDueDate: '2026-07-31',
    });
    expect(codesOf(() => validateEffectivenessCheck(taken, { result: 'NOT_EFFECTIVE', checkedOn: '2026-06-09', checkedById: 'q' }, TODAY))).toEqual([
      'checkedOn:beforeCompletion',
      'note:required',
      'newDueDate:required',
    ]);
    expect(codesOf(() => validateEffectivenessCheck({ ...taken, status: 'OPEN' }, { result: 'EFFECTIVE', checkedOn: TODAY, checkedById: 'q' }, TODAY))).toEqual(['status:notActionTaken']);
  });
});

describe('internal audits and management reviews', () => {
  it('a performed audit is completed; a planned one may lie ahead', () => {
    const audit = { title: '2026 年度内审', plannedDate: '2026-09-01', scope: '售后服务全过程', auditors: ['李审核'] };
    expect(validateInternalAudit(audit, TODAY).status).toBe('PLANNED');
    expect(validateInternalAudit({ ...audit, plannedDate: '2026-06-01', performedDate: '2026-06-02' }, TODAY).status).toBe('COMPLETED');
    expect(codesOf(() => validateInternalAudit({ ...audit, performedDate: '2026-07-01', auditors: ['甲', '甲', ' '] }, TODAY))).toEqual([
      'performedDate:inFuture',
      'auditors.1:listedTwice',
      'auditors.2:required',
    ]);
  });

  it('findings have a description and a severity; nonconformities need an action', () => {
    expect(validateAuditFinding({ description: '回访记录缺失', severity: 'MINOR', clause: '5.3' })).toEqual({ description: '回访记录缺失', severity: 'MINOR', clause: '5.3' });
    expect(codesOf(() => validateAuditFinding({ severity: 'BAD' }))).toEqual(['description:required', 'severity:invalidChoice']);
    expect(findingNeedsCorrectiveAction('MAJOR')).toBe(true);
    expect(findingNeedsCorrectiveAction('OBSERVATION')).toBe(false);
  });

  it('a review was held, with attendees and inputs', () => {
    expect(validateManagementReview({ title: '管理评审', reviewDate: '2026-06-01', attendees: ['总经理', '服务经理'], inputs: 'KPI、内审结果' }, TODAY)).toMatchObject({ attendees: ['总经理', '服务经理'] });
    expect(codesOf(() => validateManagementReview({ reviewDate: '2026-07-01', attendees: [] }, TODAY))).toEqual([
      'title:required',
      'reviewDate:inFuture',
      'attendees:required',
      'inputs:required',
    ]);
  });
});

describe('change notifications', () => {
  it.each<[string, string, string]>([
    ['MAJOR_COMPLAINT', '2026-06-01', '2026-06-06'],
    ['LEGAL_REPRESENTATIVE', '2026-06-01', '2026-07-01'],
  ])('%s on %s is due by %s', (kind, occurredOn, deadline) => {
    expect(notificationDeadline(kind as 'MAJOR_COMPLAINT', occurredOn)).toBe(deadline);
  });

  it.each<[string | null, string, string]>([
    [null, '2026-07-01', 'PENDING'],
    [null, '2026-07-02', 'OVERDUE'],
    ['2026-07-01', '2026-08-01', 'NOTIFIED'],
    ['2026-07-02', '2026-08-01', 'NOTIFIED_LATE'],
  ])('notified on %s, seen on %s: %s', (notifiedOn, today, state) => {
    expect(notificationState({ kind: 'SCOPE', occurredOn: '2026-06-01', notifiedOn }, today)).toBe(state);
  });

  it('refuses a future change and a sending before the change or twice', () => {
    expect(codesOf(() => validateChangeNotification({ kind: 'SCOPE', description: '增加空调安装', occurredOn: '2026-06-16' }, TODAY))).toEqual(['occurredOn:inFuture']);
    expect(codesOf(() => validateNotificationSent({ occurredOn: '2026-06-10', notifiedOn: null }, { notifiedOn: '2026-06-09' }, TODAY))).toEqual(['notifiedOn:beforeChange']);
    expect(codesOf(() => validateNotificationSent({ occurredOn: '2026-06-10', notifiedOn: '2026-06-11' }, { notifiedOn: '2026-06-12' }, TODAY))).toEqual(['notifiedOn:alreadyRecorded']);
  });
});

describe('enterprise profile', () => {
  it('keeps a profile with a valid credit code, upper-cased', () => {
    expect(validateEnterpriseProfile({ legalName: '星辰电器服务有限公司', legalRepresentative: '张三', creditCode: '91310000ma1fl1234x', staffCount: 120 }, TODAY)).toMatchObject({
      creditCode: '91310000MA1FL1234X',
      staffCount: 120,
    });
  });

  it('reports each bad field', () => {
    expect(codesOf(() => validateEnterpriseProfile({ creditCode: 'ABC', contactPhone: '123', contactEmail: 'x@', foundedOn: '2030-01-01', staffCount: -1 }, TODAY))).toEqual([
      'legalName:required',
      'creditCode:invalidCreditCode',
      'legalRepresentative:required',
      'contactPhone:invalidPhone',
      'contactEmail:invalidEmail',
      'foundedOn:inFuture',
      'staffCount:outOfRange',
    ]);
  });
});
