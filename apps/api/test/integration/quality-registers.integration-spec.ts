import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { errorCodeOf, fieldErrorsOf, graphqlClient, rowCounts } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { uploadFile } from '../support/upload';

const DOCUMENT_FIELDS = 'id seriesId supersedesId documentType title versionLabel status published inForce effectiveFrom effectiveTo version author { login } approvedBy { login } file { attachmentId fileName sha256 size }';
const CREATE_DOCUMENT = `mutation($input: CreateControlledDocumentInput!) { createControlledDocument(input: $input) { ${DOCUMENT_FIELDS} } }`;
const UPDATE_DOCUMENT = `mutation($input: UpdateControlledDocumentInput!) { updateControlledDocument(input: $input) { ${DOCUMENT_FIELDS} } }`;
const ATTACH_FILE = `mutation($input: AttachControlledDocumentFileInput!) { attachControlledDocumentFile(input: $input) { ${DOCUMENT_FIELDS} } }`;
const APPROVE = `mutation($input: ApproveControlledDocumentInput!) { approveControlledDocument(input: $input) { ${DOCUMENT_FIELDS} } }`;
const SUPERSEDE = `mutation($input: SupersedeControlledDocumentInput!) { supersedeControlledDocument(input: $input) { ${DOCUMENT_FIELDS} } }`;
const DOCUMENT = `query($id: ID!) { controlledDocument(id: $id) { ${DOCUMENT_FIELDS} } }`;
const DOCUMENTS = `query($filter: ControlledDocumentFilter, $first: Int, $after: String) {
  controlledDocuments(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id versionLabel status } } } }`;
const IN_FORCE = `query($types: [ControlledDocumentType!]!, $from: String!, $to: String!) {
  documentsInForce(types: $types, from: $from, to: $to) { documentType inForce gaps { from to } documents { versionLabel } } }`;

const ACTION_FIELDS = 'id source sourceReference auditFindingIds problem rootCause action owner { login } dueDate status overdue completedOn effectivenessResult effectivenessCheckedBy { login } version';
const CREATE_ACTION = `mutation($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { ${ACTION_FIELDS} } }`;
const UPDATE_ACTION = `mutation($input: UpdateCorrectiveActionInput!) { updateCorrectiveAction(input: $input) { ${ACTION_FIELDS} } }`;
const COMPLETE_ACTION = `mutation($input: CompleteCorrectiveActionInput!) { completeCorrectiveAction(input: $input) { ${ACTION_FIELDS} } }`;
const CHECK_ACTION = `mutation($input: RecordEffectivenessCheckInput!) { recordEffectivenessCheck(input: $input) { ${ACTION_FIELDS} } }`;
const ACTIONS = `query($filter: CorrectiveActionFilter) { correctiveActions(first: 50, filter: $filter) { totalCount edges { node { problem overdue status } } } }`;

const AUDIT_FIELDS = 'id title status auditors reportDocument { title } findings { id severity needsCorrectiveAction correctiveActionId correctiveActionStatus } version';
const CREATE_AUDIT = `mutation($input: CreateInternalAuditInput!) { createInternalAudit(input: $input) { ${AUDIT_FIELDS} } }`;
const ADD_FINDING = `mutation($input: AddAuditFindingInput!) { addAuditFinding(input: $input) { ${AUDIT_FIELDS} } }`;
const LINK_FINDING = `mutation($input: LinkAuditFindingInput!) { linkAuditFindingToCorrectiveAction(input: $input) { ${AUDIT_FIELDS} } }`;
const CREATE_REVIEW = `mutation($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { id title attendees inputs decisions reportDocument { title } version } }`;
const UPDATE_REVIEW = `mutation($input: UpdateManagementReviewInput!) { updateManagementReview(input: $input) { id decisions version } }`;
const CREATE_NOTIFICATION = `mutation($input: CreateChangeNotificationInput!) { createChangeNotification(input: $input) { id kind occurredOn deadline state version } }`;
const NOTIFICATION_SENT = `mutation($input: RecordNotificationSentInput!) { recordNotificationSent(input: $input) { id state notifiedOn notificationReference version } }`;
const SAVE_PROFILE = `mutation($input: SaveEnterpriseProfileInput!) { saveEnterpriseProfile(input: $input) { legalName creditCode contactPhone staffCount version } }`;
const PROFILE = 'query { enterpriseProfile { legalName version } }';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');

let app: TestApp;
let acme: GivenOrganisation;
const client = graphqlClient(() => app, 'ACME');
const tables = ['controlled_documents', 'corrective_actions', 'internal_audits', 'audit_findings', 'management_reviews', 'change_notifications', 'enterprise_profiles'];

type Doc = { id: string; seriesId: string; status: string; version: number; inForce: boolean; effectiveTo: string | null; file: { attachmentId: string; sha256: string } | null };
type Action = { id: string; status: string; overdue: boolean; version: number; auditFindingIds: string[] };

const daysFromToday = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function draftWithFile(changes: Record<string, unknown> = {}): Promise<Doc> {
  const { createControlledDocument: created } = await client.must<{ createControlledDocument: Doc }>(CREATE_DOCUMENT, {
    input: { documentType: 'SERVICE_POLICY', title: '售后服务方针', versionLabel: 'A/0', authorId: acme.staffIds['wenyuan'], ...changes },
  });
  return attach(created);
}

async function attach(document: Doc): Promise<Doc> {
  const uploaded = await uploadFile(app, { 'x-org-code': 'ACME' }, { ownerType: 'CONTROLLED_DOCUMENT', ownerId: document.id, purpose: 'DOCUMENT' }, { name: '服务方针.pdf', bytes: PDF });
  expect(uploaded.status).toBe(201);
  const { attachControlledDocumentFile } = await client.must<{ attachControlledDocumentFile: Doc }>(ATTACH_FILE, {
    input: { id: document.id, expectedVersion: document.version, attachmentId: uploaded.body['id'] },
  });
  return attachControlledDocumentFile;
}

const approve = async (document: Doc, effectiveFrom: string): Promise<Doc> =>
  (await client.must<{ approveControlledDocument: Doc }>(APPROVE, { input: { id: document.id, expectedVersion: document.version, approvedById: acme.staffIds['jingli'], effectiveFrom } }))
    .approveControlledDocument;

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME').withOutlet('SH-01').withStaff('wenyuan', 'MANAGER').withStaff('jingli', 'MANAGER').withStaff('gcs1').create(app.database.dataSource);
  await anOrganisation('BETA').withOutlet('SH-01').withStaff('jingli', 'MANAGER').create(app.database.dataSource);
});
afterAll(async () => app?.close());

describe('controlled documents', () => {
  it('registers a draft, keeps its file with the SHA-256, approves it by someone other than the author', async () => {
    const draft = await draftWithFile();
    expect(draft).toMatchObject({ status: 'DRAFT', inForce: false, file: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    const approved = await approve(draft, '2025-01-01');
    expect(approved).toMatchObject({ status: 'APPROVED', inForce: true, effectiveFrom: '2025-01-01', effectiveTo: null, approvedBy: { login: 'jingli' }, author: { login: 'wenyuan' } });
  });

  it('superseding: the new version, once approved, ends the previous one the day before', async () => {
    const first = await approve(await draftWithFile({ documentType: 'PROCESS_FLOWCHART', title: '服务流程图' }), '2025-01-01');
    const { supersedeControlledDocument: second } = await client.must<{ supersedeControlledDocument: Doc }>(SUPERSEDE, {
      input: { id: first.id, expectedVersion: first.version, versionLabel: 'B/0', authorId: acme.staffIds['wenyuan'] },
    });
    expect(second).toMatchObject({ status: 'DRAFT', seriesId: first.seriesId, supersedesId: first.id, documentType: 'PROCESS_FLOWCHART', title: '服务流程图' });
    expect(errorCodeOf(await client.gql(SUPERSEDE, { input: { id: first.id, expectedVersion: first.version, versionLabel: 'C/0' } }))).toBe('INVALID_STATE');

    const withFile = await attach(second);
    expect(fieldErrorsOf(await client.gql(APPROVE, { input: { id: withFile.id, expectedVersion: withFile.version, approvedById: acme.staffIds['jingli'], effectiveFrom: '2025-01-01' } }))).toEqual([
      'effectiveFrom:notAfterPrevious',
    ]);
    await approve(withFile, '2026-03-01');
    const { controlledDocument: old } = await client.must<{ controlledDocument: Doc }>(DOCUMENT, { id: first.id });
    expect(old).toMatchObject({ status: 'SUPERSEDED', effectiveTo: '2026-02-28', inForce: false });

    const { controlledDocuments } = await client.must<{ controlledDocuments: { totalCount: number; edges: { node: { versionLabel: string; status: string } }[] } }>(DOCUMENTS, {
      filter: { seriesId: first.seriesId },
    });
    expect(controlledDocuments.edges.map((edge) => edge.node)).toEqual([
      { id: expect.any(String), versionLabel: 'B/0', status: 'APPROVED' },
      { id: expect.any(String), versionLabel: 'A/0', status: 'SUPERSEDED' },
    ]);

    const { documentsInForce } = await client.must<{ documentsInForce: unknown[] }>(IN_FORCE, { types: ['PROCESS_FLOWCHART', 'SERVICE_MANUAL'], from: '2026-01-01', to: '2026-06-30' });
    expect(documentsInForce).toEqual([
      { documentType: 'PROCESS_FLOWCHART', inForce: true, gaps: [], documents: [{ versionLabel: 'A/0' }, { versionLabel: 'B/0' }] },
      { documentType: 'SERVICE_MANUAL', inForce: false, gaps: [{ from: '2026-01-01', to: '2026-06-30' }], documents: [] },
    ]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['nothing', { documentType: null, title: null, versionLabel: null }, ['documentType:required', 'title:required', 'versionLabel:required']],
    ['a published policy', { documentType: 'SERVICE_POLICY', title: 't', versionLabel: '1', published: true }, ['published:notCustomerFacing']],
    ['an author of another organisation', { documentType: 'FAQ', title: 't', versionLabel: '1', authorId: '00000000-0000-4000-8000-000000000000' }, ['authorId:notFound']],
  ])('refuses %s and writes nothing', async (_, input, codes) => {
    const before = await rowCounts(app, tables);
    expect(fieldErrorsOf(await client.gql(CREATE_DOCUMENT, { input }))).toEqual(codes);
    expect(await rowCounts(app, tables)).toEqual(before);
  });

  it('refuses approval by the author, without a file, and a stale version', async () => {
    const { createControlledDocument: bare } = await client.must<{ createControlledDocument: Doc }>(CREATE_DOCUMENT, {
      input: { documentType: 'SERVICE_MANUAL', title: '服务手册', versionLabel: 'A/0', authorId: acme.staffIds['jingli'] },
    });
    const refused = await client.gql(APPROVE, { input: { id: bare.id, expectedVersion: bare.version, approvedById: acme.staffIds['jingli'], effectiveFrom: '2026-01-01' } }, 'ACME', 'en');
    expect(fieldErrorsOf(refused)).toEqual(['file:required', 'approvedById:sameAsAuthor']);
    expect(refused.errors?.[0]?.extensions?.fieldErrors?.[1]?.message).toBe('The approver cannot be the author');

    const { updateControlledDocument: renamed } = await client.must<{ updateControlledDocument: Doc }>(UPDATE_DOCUMENT, { input: { id: bare.id, expectedVersion: bare.version, title: '服务手册（修订）' } });
    expect(renamed.version).toBe(bare.version + 1);
    expect(errorCodeOf(await client.gql(UPDATE_DOCUMENT, { input: { id: bare.id, expectedVersion: bare.version, title: '旧' } }))).toBe('CONFLICT');
    const { controlledDocument } = await client.must<{ controlledDocument: { title: string } }>(DOCUMENT, { id: bare.id });
    expect(controlledDocument.title).toBe('服务手册（修订）');
  });

  it('accepts only a file uploaded for the document itself, and no changes after approval', async () => {
    const policy = await approve(await draftWithFile({ documentType: 'CONDUCT_RULES', title: '行为规范' }), '2026-01-01');
    const { createControlledDocument: other } = await client.must<{ createControlledDocument: Doc }>(CREATE_DOCUMENT, { input: { documentType: 'FAQ', title: '常见问题', versionLabel: '1' } });
    expect(fieldErrorsOf(await client.gql(ATTACH_FILE, { input: { id: other.id, expectedVersion: other.version, attachmentId: policy.file!.attachmentId } }))).toEqual(['attachmentId:notFound']);
    expect(fieldErrorsOf(await client.gql(UPDATE_DOCUMENT, { input: { id: policy.id, expectedVersion: policy.version, title: '改' } }))).toEqual(['status:notDraft']);
  });

  it('is not seen from another organisation', async () => {
    const draft = await draftWithFile({ documentType: 'EMERGENCY_PLAN', title: '应急预案' });
    expect(errorCodeOf(await client.gql(DOCUMENT, { id: draft.id }, 'BETA'))).toBe('NOT_FOUND');
  });

  it('pages newest first', async () => {
    const first = await client.must<{ controlledDocuments: { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(DOCUMENTS, { first: 2 });
    expect(first.controlledDocuments.pageInfo.hasNextPage).toBe(true);
    const next = await client.must<{ controlledDocuments: { edges: unknown[] } }>(DOCUMENTS, { first: 100, after: first.controlledDocuments.pageInfo.endCursor });
    expect(next.controlledDocuments.edges).toHaveLength(first.controlledDocuments.totalCount - 2);
  });
});

describe('corrective actions', () => {
  const action = (changes: Record<string, unknown> = {}) => ({
    source: 'COMPLAINT',
    sourceReference: 'TS-2026-0001',
    problem: '上门超时引发投诉',
    ownerId: acme.staffIds['jingli'],
    dueDate: daysFromToday(10),
    ...changes,
  });

  it('goes from open to taken to closed by an effective check; an overdue one is flagged', async () => {
    const { createCorrectiveAction: opened } = await client.must<{ createCorrectiveAction: Action }>(CREATE_ACTION, { input: action() });
    expect(opened).toMatchObject({ status: 'OPEN', overdue: false });
    expect(fieldErrorsOf(await client.gql(COMPLETE_ACTION, { input: { id: opened.id, expectedVersion: opened.version, completedOn: daysFromToday(0) } }))).toEqual([
      'rootCause:required',
      'action:required',
    ]);
    const { updateCorrectiveAction: analysed } = await client.must<{ updateCorrectiveAction: Action }>(UPDATE_ACTION, {
      input: { id: opened.id, expectedVersion: opened.version, rootCause: '派工未考虑路程', action: '按区域派工' },
    });
    const { completeCorrectiveAction: taken } = await client.must<{ completeCorrectiveAction: Action }>(COMPLETE_ACTION, {
      input: { id: analysed.id, expectedVersion: analysed.version, completedOn: daysFromToday(0) },
    });
    expect(taken.status).toBe('ACTION_TAKEN');
    const { recordEffectivenessCheck: closed } = await client.must<{ recordEffectivenessCheck: Action }>(CHECK_ACTION, {
      input: { id: taken.id, expectedVersion: taken.version, result: 'EFFECTIVE', checkedOn: daysFromToday(0), checkedById: acme.staffIds['wenyuan'] },
    });
    expect(closed).toMatchObject({ status: 'CLOSED', effectivenessResult: 'EFFECTIVE', effectivenessCheckedBy: { login: 'wenyuan' } });

    await client.must(CREATE_ACTION, { input: action({ source: 'KPI_BELOW_TARGET', sourceReference: '一次修复率 2026-05', problem: '一次修复率低于目标', dueDate: daysFromToday(-3) }) });
    const { correctiveActions } = await client.must<{ correctiveActions: { edges: { node: { problem: string; overdue: boolean } }[] } }>(ACTIONS, { filter: { overdueOnly: true } });
    expect(correctiveActions.edges.map((edge) => edge.node)).toEqual([{ problem: '一次修复率低于目标', overdue: true, status: 'OPEN' }]);
  });

  it('refuses bad input field by field and writes nothing; a stale version is a CONFLICT', async () => {
    const before = await rowCounts(app, tables);
    expect(fieldErrorsOf(await client.gql(CREATE_ACTION, { input: { source: 'COMPLAINT', dueDate: '2026-02-30' } }))).toEqual([
      'sourceReference:required',
      'problem:required',
      'ownerId:required',
      'dueDate:invalidDate',
    ]);
    expect(fieldErrorsOf(await client.gql(CREATE_ACTION, { input: action({ ownerId: acme.staffIds['nobody'] ?? '00000000-0000-4000-8000-000000000001' }) }))).toEqual(['ownerId:notFound']);
    expect(await rowCounts(app, tables)).toEqual(before);

    const { createCorrectiveAction: opened } = await client.must<{ createCorrectiveAction: Action }>(CREATE_ACTION, { input: action() });
    await client.must(UPDATE_ACTION, { input: { id: opened.id, expectedVersion: opened.version, problem: '改写' } });
    expect(errorCodeOf(await client.gql(UPDATE_ACTION, { input: { id: opened.id, expectedVersion: opened.version, problem: '再改' } }))).toBe('CONFLICT');
  });
});

describe('internal audits, findings and management reviews', () => {
  it('a finding raises a corrective action linked to it; the audit report is an INTERNAL_AUDIT_REPORT document', async () => {
    const report = await draftWithFile({ documentType: 'INTERNAL_AUDIT_REPORT', title: '2026 内审报告' });
    const { createInternalAudit: audit } = await client.must<{ createInternalAudit: { id: string; status: string } }>(CREATE_AUDIT, {
      input: { title: '2026 年度内审', plannedDate: daysFromToday(-5), performedDate: daysFromToday(-4), scope: '售后服务全过程', auditors: ['李审核', '外部顾问'], reportDocumentId: report.id },
    });
    expect(audit).toMatchObject({ status: 'COMPLETED', reportDocument: { title: '2026 内审报告' } });
    const { addAuditFinding } = await client.must<{ addAuditFinding: { findings: { id: string; needsCorrectiveAction: boolean }[] } }>(ADD_FINDING, {
      input: { auditId: audit.id, clause: '5.3', description: '回访记录不全', severity: 'MINOR' },
    });
    const finding = addAuditFinding.findings[0]!;
    expect(finding.needsCorrectiveAction).toBe(true);

    const { createCorrectiveAction: raised } = await client.must<{ createCorrectiveAction: Action }>(CREATE_ACTION, {
      input: { source: 'AUDIT_FINDING', auditFindingId: finding.id, problem: '回访记录不全', ownerId: acme.staffIds['jingli'], dueDate: daysFromToday(20) },
    });
    expect(raised.auditFindingIds).toEqual([finding.id]);
    const { updateCorrectiveAction: analysed } = await client.must<{ updateCorrectiveAction: Action }>(UPDATE_ACTION, {
      input: { id: raised.id, expectedVersion: raised.version, rootCause: '回访人员不足' },
    });
    expect(analysed.auditFindingIds).toEqual([finding.id]);
    expect(fieldErrorsOf(await client.gql(LINK_FINDING, { input: { findingId: finding.id, correctiveActionId: raised.id } }))).toEqual(['findingId:alreadyRecorded']);

    const { addAuditFinding: second } = await client.must<{ addAuditFinding: { findings: { id: string }[] } }>(ADD_FINDING, { input: { auditId: audit.id, description: '记录签字缺失', severity: 'MAJOR' } });
    const { linkAuditFindingToCorrectiveAction: linked } = await client.must<{ linkAuditFindingToCorrectiveAction: { findings: unknown[] } }>(LINK_FINDING, {
      input: { findingId: second.findings[1]!.id, correctiveActionId: raised.id },
    });
    expect(linked.findings).toEqual([
      expect.objectContaining({ correctiveActionId: raised.id, correctiveActionStatus: 'OPEN' }),
      expect.objectContaining({ correctiveActionId: raised.id, severity: 'MAJOR' }),
    ]);

    expect(fieldErrorsOf(await client.gql(CREATE_AUDIT, { input: { title: 't', plannedDate: daysFromToday(1), scope: 's', auditors: ['甲'], reportDocumentId: (await draftWithFile()).id } }))).toEqual([
      'reportDocumentId:wrongDocumentType',
    ]);
  });

  it('records a management review with its attendees; a stale update is a CONFLICT', async () => {
    const { createManagementReview: review } = await client.must<{ createManagementReview: { id: string; version: number } }>(CREATE_REVIEW, {
      input: { title: '2026 管理评审', reviewDate: daysFromToday(-1), attendees: ['总经理', '服务经理'], inputs: 'KPI、内审结果、投诉' },
    });
    const { updateManagementReview } = await client.must<{ updateManagementReview: { decisions: string; version: number } }>(UPDATE_REVIEW, {
      input: { id: review.id, expectedVersion: review.version, decisions: '增加夜间值班' },
    });
    expect(updateManagementReview).toMatchObject({ decisions: '增加夜间值班', version: review.version + 1 });
    expect(errorCodeOf(await client.gql(UPDATE_REVIEW, { input: { id: review.id, expectedVersion: review.version, decisions: 'x' } }))).toBe('CONFLICT');
    expect(fieldErrorsOf(await client.gql(CREATE_REVIEW, { input: { title: 't', reviewDate: daysFromToday(2), attendees: [], inputs: 'i' } }))).toEqual([
      'reviewDate:inFuture',
      'attendees:required',
    ]);
  });
});

describe('change notifications and the enterprise profile', () => {
  it('shows the deadline and the state; records the sending once', async () => {
    const { createChangeNotification: overdue } = await client.must<{ createChangeNotification: { id: string; deadline: string; state: string; version: number } }>(CREATE_NOTIFICATION, {
      input: { kind: 'LEGAL_REPRESENTATIVE', description: '法定代表人变更为王五', occurredOn: daysFromToday(-40) },
    });
    expect(overdue).toMatchObject({ deadline: daysFromToday(-10), state: 'OVERDUE' });
    const { recordNotificationSent: sent } = await client.must<{ recordNotificationSent: { state: string; version: number } }>(NOTIFICATION_SENT, {
      input: { id: overdue.id, expectedVersion: overdue.version, notifiedOn: daysFromToday(0), reference: 'CB-2026-17' },
    });
    expect(sent).toMatchObject({ state: 'NOTIFIED_LATE' });
    expect(fieldErrorsOf(await client.gql(NOTIFICATION_SENT, { input: { id: overdue.id, expectedVersion: sent.version, notifiedOn: daysFromToday(0) } }))).toEqual(['notifiedOn:alreadyRecorded']);

    const { createChangeNotification: pending } = await client.must<{ createChangeNotification: { state: string; deadline: string } }>(CREATE_NOTIFICATION, {
      input: { kind: 'MAJOR_COMPLAINT', description: '重大投诉', occurredOn: daysFromToday(-1) },
    });
    expect(pending).toMatchObject({ state: 'PENDING', deadline: daysFromToday(4) });
  });

  it('saves the profile first without a version, then with the version seen', async () => {
    expect((await client.must<{ enterpriseProfile: null }>(PROFILE)).enterpriseProfile).toBeNull();
    const before = await rowCounts(app, tables);
    expect(fieldErrorsOf(await client.gql(SAVE_PROFILE, { input: { legalName: '星辰电器', creditCode: 'BAD', contactPhone: '12' } }))).toEqual([
      'creditCode:invalidCreditCode',
      'legalRepresentative:required',
      'contactPhone:invalidPhone',
    ]);
    expect(await rowCounts(app, tables)).toEqual(before);
    const { saveEnterpriseProfile: saved } = await client.must<{ saveEnterpriseProfile: { version: number } }>(SAVE_PROFILE, {
      input: { legalName: '星辰电器服务有限公司', legalRepresentative: '张三', creditCode: '91310000ma1fl1234x', staffCount: 120 },
    });
    expect(saved).toMatchObject({ creditCode: '91310000MA1FL1234X', staffCount: 120 });
    const { saveEnterpriseProfile: again } = await client.must<{ saveEnterpriseProfile: { version: number } }>(SAVE_PROFILE, {
      input: { expectedVersion: saved.version, legalName: '星辰电器服务有限公司', legalRepresentative: '李四' },
    });
    expect(again.version).toBe(saved.version + 1);
    expect(errorCodeOf(await client.gql(SAVE_PROFILE, { input: { expectedVersion: saved.version, legalName: 'x', legalRepresentative: 'y' } }))).toBe('CONFLICT');
    expect(errorCodeOf(await client.gql(SAVE_PROFILE, { input: { legalName: 'x', legalRepresentative: 'y' } }))).toBe('BAD_USER_INPUT');
  });
});

describe('what the customer portal is given', () => {
  const PUBLISHED = `query($types: [ControlledDocumentType!]) { publishedControlledDocuments(types: $types) { title documentType file { sha256 } } }`;

  it('lists published FAQ and product manuals in force today, with their file', async () => {
    const faq = await approve(await draftWithFile({ documentType: 'FAQ', title: '空调常见问题', published: true }), daysFromToday(-30));
    await approve(await draftWithFile({ documentType: 'PRODUCT_MANUAL', title: '内部版说明书', published: false }), daysFromToday(-30));
    await approve(await draftWithFile({ documentType: 'FAQ', title: '下月起的常见问题', published: true }), daysFromToday(30));
    await draftWithFile({ documentType: 'PRODUCT_MANUAL', title: '未批准的说明书', published: true });

    const { publishedControlledDocuments } = await client.must<{ publishedControlledDocuments: unknown[] }>(PUBLISHED, {});
    expect(publishedControlledDocuments).toEqual([{ title: '空调常见问题', documentType: 'FAQ', file: { sha256: faq.file!.sha256 } }]);
    expect((await client.must<{ publishedControlledDocuments: unknown[] }>(PUBLISHED, { types: ['PRODUCT_MANUAL'] })).publishedControlledDocuments).toEqual([]);
    expect((await client.must<{ publishedControlledDocuments: unknown[] }>(PUBLISHED, {}, 'BETA')).publishedControlledDocuments).toEqual([]);

    // The public portal shows the same document, without a login or an organisation header, and serves its file.
    const portal = await app.graphql<{ portalDocuments: { id: string; type: string; title: string; downloadUrl: string }[] }>(
      'query { portalDocuments(orgCode: "acme") { id type title downloadUrl } }');
    expect(portal.errors).toBeUndefined();
    expect(portal.data!.portalDocuments).toEqual([{ id: faq.id, type: 'FAQ', title: '空调常见问题', downloadUrl: `/api/portal/ACME/documents/${faq.id}/file` }]);
    const file = await fetch(`${app.url}${portal.data!.portalDocuments[0]!.downloadUrl}`);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PDF);
    // An unpublished or other organisation's document is simply not there.
    const unpublished = (await client.must<{ controlledDocuments: { edges: { node: { id: string; versionLabel: string; status: string } }[] } }>(DOCUMENTS, { filter: { documentTypes: ['PRODUCT_MANUAL'], statuses: ['APPROVED'] } }))
      .controlledDocuments.edges[0]!.node.id;
    expect((await fetch(`${app.url}/api/portal/ACME/documents/${unpublished}/file`)).status).toBe(404);
    expect((await fetch(`${app.url}/api/portal/BETA/documents/${faq.id}/file`)).status).toBe(404);
  });
});
