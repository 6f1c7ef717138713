import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { closedRequest } from '../support/closed-request';
import { startTestApp, type TestApp } from '../support/test-app';

/** Targets set by the organisation reach every feature that keeps a deadline, not only requests. */
let app: TestApp;
let acme: GivenOrganisation;
const asAcme = { 'x-org-code': 'ACME' };
const HOUR = 3_600_000;

async function must<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await app.graphql<T>(query, variables, asAcme);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME').withOutlet('SH-01').withProduct('KFR-35GW').withStaff('gcs1').create(app.database.dataSource);
  await must('mutation($input: UpdateOrganisationSettingsInput!) { updateOrganisationSettings(input: $input) { version } }', {
    input: { expectedVersion: 1, targets: { returnVisitDays: 3, complaintAcknowledgementHours: 12 } },
  });
});
afterAll(async () => app?.close());

it('schedules return visits after the organisation’s return-visit target', async () => {
  const requestId = await closedRequest(app, acme);
  const { returnVisits } = await must<{ returnVisits: { edges: { node: { requestId: string; closedAt: string; dueAt: string } }[] } }>(
    'query { returnVisits(first: 10) { edges { node { requestId closedAt dueAt } } } }', {});
  const visit = returnVisits.edges.map((edge) => edge.node).find((node) => node.requestId === requestId)!;
  expect(Date.parse(visit.dueAt) - Date.parse(visit.closedAt)).toBe(3 * 24 * HOUR);
});

it('holds complaints to the organisation’s acknowledgement target', async () => {
  const receivedAt = new Date(Date.now() - HOUR).toISOString();
  const { createComplaint } = await must<{ createComplaint: { deadlines: { ackDueAt: string } } }>(
    'mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { deadlines { ackDueAt } } }',
    { input: { channel: 'HOTLINE', severity: 'NORMAL', description: '上门超时', customerName: '李雷', customerPhone: '13912345678', outletId: acme.outletIds['SH-01'], receivedAt } },
  );
  expect(Date.parse(createComplaint.deadlines.ackDueAt) - Date.parse(receivedAt)).toBe(12 * HOUR);
});
