import type { StaffRole } from '@stardesk/domain';
import { anOrganisation } from '../../../../tools/testing/organisation.factory';
import { schemaOperations, type SchemaOperation } from '../support/operations';
import { startTestApp, type GraphqlResponse, type TestApp, type TestSession } from '../support/test-app';

/**
 * The access matrix, generated from apps/api/schema.gql: every operation is called unauthenticated and
 * as each role, and the answers are checked against the table below. A new operation without a row
 * here (or without @Allow/@Public in the API) fails this test: declare its roles in both places.
 */
const ANY: readonly StaffRole[] = ['ADMIN', 'MANAGER', 'DISPATCHER', 'TECHNICIAN', 'AUDITOR'];
const OFFICE: readonly StaffRole[] = ['ADMIN', 'MANAGER', 'DISPATCHER'];
const FIELD: readonly StaffRole[] = ['ADMIN', 'MANAGER', 'DISPATCHER', 'TECHNICIAN'];
const MANAGEMENT: readonly StaffRole[] = ['ADMIN', 'MANAGER'];
const ADMIN: readonly StaffRole[] = ['ADMIN'];
const OVERSIGHT: readonly StaffRole[] = ['ADMIN', 'MANAGER', 'AUDITOR'];
const PUBLIC = 'PUBLIC';

const ACCESS: Record<string, readonly StaffRole[] | typeof PUBLIC> = {
  // accounts
  login: PUBLIC, refreshSession: PUBLIC, logout: PUBLIC, me: ANY, userAccounts: ADMIN, setUserPassword: ADMIN, revokeUserSessions: ADMIN,
  users: ADMIN, grantUserLogin: ADMIN, unlockUserAccount: ADMIN,
  // personal information
  revealCustomerContact: MANAGEMENT, contactReveals: ADMIN,
  // public survey page and customer portal
  surveyByToken: PUBLIC, submitSurveyResponse: PUBLIC,
  portalOrganisation: PUBLIC, submitPortalRequest: PUBLIC, trackPortalRequest: PUBLIC, portalDocuments: PUBLIC,
  // KPIs, certification and quality registers: oversight reads, management changes
  kpiDashboard: OVERSIGHT, kpiBreakdown: OVERSIGHT, kpiRecords: OVERSIGHT,
  indicatorCatalogVersions: OVERSIGHT, indicatorCatalogVersion: OVERSIGHT, assessments: OVERSIGHT, assessment: OVERSIGHT, assessmentGapAnalysis: OVERSIGHT,
  createIndicatorCatalogVersion: ADMIN, createAssessment: MANAGEMENT, evaluateAssessment: MANAGEMENT, recordAssessmentJudgement: MANAGEMENT,
  excludeAssessmentItem: MANAGEMENT, removeAssessmentExclusion: MANAGEMENT, addSpecialDeduction: MANAGEMENT, removeSpecialDeduction: MANAGEMENT,
  setSpecialBonus: MANAGEMENT, signOffAssessment: MANAGEMENT,
  controlledDocuments: OVERSIGHT, controlledDocument: OVERSIGHT, documentsInForce: OVERSIGHT, publishedControlledDocuments: ANY,
  correctiveActions: OVERSIGHT, correctiveAction: OVERSIGHT, internalAudits: OVERSIGHT, internalAudit: OVERSIGHT,
  managementReviews: OVERSIGHT, managementReview: OVERSIGHT, changeNotifications: OVERSIGHT, enterpriseProfile: OVERSIGHT,
  createControlledDocument: MANAGEMENT, updateControlledDocument: MANAGEMENT, attachControlledDocumentFile: MANAGEMENT,
  approveControlledDocument: MANAGEMENT, supersedeControlledDocument: MANAGEMENT, createCorrectiveAction: MANAGEMENT,
  updateCorrectiveAction: MANAGEMENT, completeCorrectiveAction: MANAGEMENT, recordEffectivenessCheck: MANAGEMENT,
  createInternalAudit: MANAGEMENT, updateInternalAudit: MANAGEMENT, addAuditFinding: MANAGEMENT, linkAuditFindingToCorrectiveAction: MANAGEMENT,
  createManagementReview: MANAGEMENT, updateManagementReview: MANAGEMENT, createChangeNotification: MANAGEMENT,
  recordNotificationSent: MANAGEMENT, saveEnterpriseProfile: MANAGEMENT,
  // evidence package (revealing personal information in it: admins only, checked in evidence-packages.integration-spec.ts)
  startEvidencePackage: OVERSIGHT, evidencePackages: OVERSIGHT, evidencePackage: OVERSIGHT,
  // reads: everyone of the organisation (auditors included)
  attachments: ANY, calendarDays: ANY, complaint: ANY, complaints: ANY, currentOrganisation: ANY, customer: ANY, customers: ANY,
  deliveries: ANY, organisationSettings: ANY, organisations: ANY, outlets: ANY, productUnit: ANY, productUnits: ANY, products: ANY,
  qualifications: ANY, regions: ANY, returnVisits: ANY, satisfactionSettings: ANY, serviceCommitments: ANY, serviceRequest: ANY,
  serviceRequestStats: ANY, serviceRequests: ANY, spareParts: ANY, staff: ANY, staffEvaluations: ANY, surveyTemplates: ANY,
  takeBacks: ANY, trainings: ANY, warrantyDecisions: ANY,
  // configuration
  createOutlet: ADMIN, updateOutlet: ADMIN, createRegion: ADMIN, updateRegion: ADMIN, createProduct: ADMIN, updateProduct: ADMIN,
  createStaff: ADMIN, updateStaff: ADMIN, setCalendarDays: ADMIN, setOutletTargets: ADMIN, updateOrganisationSettings: ADMIN,
  updateSatisfactionSettings: ADMIN, createSurveyTemplate: ADMIN, importRecords: ADMIN, runComplaintEscalation: ADMIN,
  // management
  createServiceCommitment: MANAGEMENT, approveServiceCommitment: MANAGEMENT, createQualification: MANAGEMENT, createTraining: MANAGEMENT,
  createStaffEvaluation: MANAGEMENT, createSparePart: MANAGEMENT, receiveStock: MANAGEMENT,
  // front office
  createCustomer: OFFICE, updateCustomer: OFFICE, createProductUnit: OFFICE, updateProductUnit: OFFICE, createServiceRequest: OFFICE,
  acknowledgeServiceRequest: OFFICE, dispatchServiceRequest: OFFICE, cancelServiceRequest: OFFICE, closeServiceRequest: OFFICE,
  reopenServiceRequest: OFFICE, decideWarranty: OFFICE, createComplaint: OFFICE, acknowledgeComplaint: OFFICE, escalateComplaint: OFFICE,
  closeComplaint: OFFICE, amendComplaint: OFFICE, amendServiceRequest: OFFICE, recordReturnVisitAttempt: OFFICE, createSurveyInvitation: OFFICE,
  // work on the job
  startServiceRequest: FIELD, holdServiceRequest: FIELD, resumeServiceRequest: FIELD, resolveServiceRequest: FIELD, recordVisit: FIELD,
  amendVisit: FIELD, scheduleDelivery: FIELD, completeDelivery: FIELD, recordTakeBack: FIELD, retireAttachment: FIELD,
};

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000042';
const REFUSALS = ['UNAUTHENTICATED', 'FORBIDDEN', 'ACCESS_UNDECLARED'];
const codeOf = (result: GraphqlResponse<unknown>): string | undefined => result.errors?.[0]?.extensions?.code;

let app: TestApp;
const sessions = new Map<StaffRole, TestSession>();
const operations = schemaOperations();

beforeAll(async () => {
  app = await startTestApp();
  await anOrganisation('ACME').withOutlet('SH-01').withOutlet('BJ-01').withProduct('KFR-35GW').create(app.database.dataSource);
  for (const role of ANY) sessions.set(role, await app.signIn('ACME', { role, outlets: role === 'DISPATCHER' || role === 'TECHNICIAN' ? ['SH-01'] : [] }));
}, 60_000);
afterAll(() => app?.close());

describe('access matrix (generated from schema.gql)', () => {
  it('has a row for every operation of the schema, and no row for an operation that is gone', () => {
    const names = operations.map((operation) => operation.name);
    expect(names.filter((name) => !(name in ACCESS))).toEqual([]);
    expect(Object.keys(ACCESS).filter((name) => !names.includes(name))).toEqual([]);
  });

  it.each(operations.map((operation) => [operation.name, operation] as const))('%s: refused without sign-in unless public', async (_name, operation: SchemaOperation) => {
    const result = await app.anonymous(operation.document, operation.variables(UNKNOWN_ID), { 'x-org-code': 'ACME' });
    // a public operation may still want its own credential (refreshSession: the cookie)
    if (ACCESS[operation.name] === PUBLIC) expect(['FORBIDDEN', 'ACCESS_UNDECLARED']).not.toContain(codeOf(result));
    else expect(codeOf(result)).toBe('UNAUTHENTICATED');
  });

  it.each(operations.filter((operation) => ACCESS[operation.name] !== PUBLIC).map((operation) => [operation.name, operation] as const))(
    '%s: exactly the roles of the table get through',
    async (_name, operation: SchemaOperation) => {
      const allowed = ACCESS[operation.name] as readonly StaffRole[];
      const answers: Record<string, string> = {};
      for (const role of ANY) {
        const result = await sessions.get(role)!.graphql(operation.document, operation.variables(UNKNOWN_ID));
        const code = codeOf(result);
        answers[role] = code && REFUSALS.includes(code) ? code : 'through';
      }
      expect(answers).toEqual(Object.fromEntries(ANY.map((role) => [role, allowed.includes(role) ? 'through' : 'FORBIDDEN'])));
    },
  );
});
