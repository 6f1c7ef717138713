import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The "done when", as one story through the API: a dispatcher takes the call, a technician
 * repairs with a spare part and the customer confirms, the manager closes it, the return visit is on
 * the worklist, and the customer answers the survey link without logging in.
 */
let app: TestApp;
let acme: GivenOrganisation;
const headers = { 'x-org-code': 'ACME' };
const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString();

async function run<T>(query: string, variables: Record<string, unknown> = {}, asHeaders: Record<string, string> = headers): Promise<T> {
  const result = await app.graphql<T>(query, variables, asHeaders);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME').withOutlet('SH-01').withProduct('KFR-35GW', '空调', 72).withStaff('gcs1').create(app.database.dataSource);
});
afterAll(async () => app?.close());

it('carries a repair from the first call to the survey answer', async () => {
  const { createSparePart } = await run<{ createSparePart: { id: string } }>('mutation($i: CreateSparePartInput!) { createSparePart(input: $i) { id } }', { i: { partNo: 'AC-PCB-35', name: '室外机主板', price: 420, unitCost: 230 } });
  await run('mutation($i: ReceiveStockInput!) { receiveStock(input: $i) { id } }', { i: { outletId: acme.outletIds['SH-01'], partId: createSparePart.id, quantity: 2 } });

  // Dispatcher: the call, acknowledgement and dispatch.
  const { createServiceRequest: request } = await run<{ createServiceRequest: { id: string; code: string; warrantyStatus: string } }>(
    'mutation($i: CreateServiceRequestInput!) { createServiceRequest(input: $i) { id code warrantyStatus } }',
    { i: { type: 'REPAIR', channel: 'HOTLINE', priority: 'HIGH', outletId: acme.outletIds['SH-01'], productId: acme.productIds['KFR-35GW'], customerName: '陈静', customerPhone: '13700001234', faultDescription: '室外机不启动', serialNo: 'KFR35-2501-0001', purchaseDate: '2025-01-15', reportedAt: hoursAgo(30) } },
  );
  expect(request.warrantyStatus).toBe('IN_WARRANTY');
  const id = request.id;
  await run('mutation($i: TransitionServiceRequestInput!) { acknowledgeServiceRequest(input: $i) { id } }', { i: { id, at: hoursAgo(29.5) } });
  await run('mutation($i: DispatchServiceRequestInput!) { dispatchServiceRequest(input: $i) { id } }', { i: { id, technicianId: acme.staffIds['gcs1'], at: hoursAgo(29) } });

  // Technician: arrival, diagnosis, the part, the customer's confirmation; then resolved.
  const { recordVisit } = await run<{ recordVisit: { parts: { chargedAmount: number }[] } }>(
    'mutation($i: RecordVisitInput!) { recordVisit(input: $i) { parts { chargedAmount } } }',
    { i: { requestId: id, technicianId: acme.staffIds['gcs1'], arrivedAt: hoursAgo(26), completedAt: hoursAgo(25), outcome: 'FIXED', diagnosis: '主板烧毁', actions: '更换主板', confirmedBy: '陈静', customerFeedback: '师傅很专业', parts: [{ partId: createSparePart.id, quantity: 1, faultySerial: 'PCB-OLD-1', replacementSerial: 'PCB-NEW-9' }] } },
  );
  expect(recordVisit.parts[0]!.chargedAmount).toBe(0);
  await run('mutation($i: TransitionServiceRequestInput!) { resolveServiceRequest(input: $i) { id } }', { i: { id, at: hoursAgo(25) } });

  // Manager: closes it; the return visit appears on the worklist.
  await run('mutation($i: TransitionServiceRequestInput!) { closeServiceRequest(input: $i) { id } }', { i: { id, at: hoursAgo(24) } });
  const { returnVisits } = await run<{ returnVisits: { edges: { node: { id: string; requestId: string; status: string } }[] } }>('{ returnVisits(first: 10) { edges { node { id requestId status } } } }');
  const returnVisit = returnVisits.edges.map((edge) => edge.node).find((node) => node.requestId === id)!;
  expect(returnVisit.status).toBe('SCHEDULED');
  const done = await run<{ recordReturnVisitAttempt: { status: string } }>(
    'mutation($i: RecordReturnVisitAttemptInput!) { recordReturnVisitAttempt(input: $i) { status } }',
    { i: { returnVisitId: returnVisit.id, method: 'PHONE', outcome: 'COMPLETED', rating: 5, recommend: 9, comment: '很满意' } },
  );
  expect(done.recordReturnVisitAttempt.status).toBe('DONE');

  // Customer: the survey link, opened (records nothing) and answered once, without an organisation header.
  const { createSurveyTemplate } = await run<{ createSurveyTemplate: { id: string } }>('mutation($i: CreateSurveyTemplateInput!) { createSurveyTemplate(input: $i) { id } }', { i: { code: 'CSAT', name: '满意度调查' } });
  const { createSurveyInvitation } = await run<{ createSurveyInvitation: { token: string } }>(
    'mutation($i: CreateSurveyInvitationInput!) { createSurveyInvitation(input: $i) { token } }', { i: { requestId: id, templateId: createSurveyTemplate.id } });
  const token = createSurveyInvitation.token;
  const opened = await run<{ surveyByToken: { state: string; requestCode: string } }>('query($t: String!) { surveyByToken(token: $t) { state requestCode } }', { t: token }, {});
  expect(opened.surveyByToken).toEqual({ state: 'OPEN', requestCode: request.code });
  const answered = await run<{ submitSurveyResponse: { state: string } }>('mutation($t: String!, $a: SurveyAnswersInput!) { submitSurveyResponse(token: $t, answers: $a) { state } }', { t: token, a: { overall: 4, recommend: 8, comment: '不错' } }, {});
  expect(answered.submitSurveyResponse.state).toBe('ANSWERED');

  // The record an auditor reads: timeline, visit with both serial numbers, and two ratings.
  const { serviceRequest } = await run<{ serviceRequest: { status: string; events: { toStatus: string }[]; visits: { parts: { faultySerial: string; replacementSerial: string }[] }[]; surveyResponses: { overall: number; source: string }[] } }>(
    'query($id: ID!) { serviceRequest(id: $id) { status events { toStatus } visits { parts { faultySerial replacementSerial } } surveyResponses { overall source } } }', { id });
  expect(serviceRequest.status).toBe('CLOSED');
  expect(serviceRequest.events.map((event) => event.toStatus)).toEqual(['NEW', 'ACKNOWLEDGED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED']);
  expect(serviceRequest.visits[0]!.parts[0]).toEqual({ faultySerial: 'PCB-OLD-1', replacementSerial: 'PCB-NEW-9' });
  expect(serviceRequest.surveyResponses.map((response) => [response.source, response.overall]).sort()).toEqual([['RETURN_VISIT', 5], ['SURVEY_LINK', 4]]);
});
