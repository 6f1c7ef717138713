import { aPng } from '../../../../tools/testing/image.factory';
import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { pdfText, type PdfText } from '../../../../tools/testing/pdf-text';
import { startTestApp, type TestApp } from '../support/test-app';
import { uploadFile } from '../support/upload';

const asAcme = { 'x-org-code': 'ACME' };
const PHONE = '13800138000';
const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString();

let app: TestApp;
let acme: GivenOrganisation;
let request: { id: string; code: string };

async function must<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await app.graphql<T>(query, variables, asAcme);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

const step = (mutation: string, input: Record<string, unknown>, type = 'TransitionServiceRequestInput') =>
  must(`mutation($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input });

/** An out-of-warranty repair carried to closure: one visit replacing a board, confirmed by the customer. */
async function repairedRequest(): Promise<{ id: string; code: string }> {
  const { createSparePart } = await must<{ createSparePart: { id: string } }>('mutation($input: CreateSparePartInput!) { createSparePart(input: $input) { id } }', { input: { partNo: 'PCB-01', name: '主控板', price: 380, unitCost: 210 } });
  await step('receiveStock', { outletId: acme.outletIds['SH-01'], partId: createSparePart.id, quantity: 3 }, 'ReceiveStockInput');
  const { createServiceRequest } = await must<{ createServiceRequest: { id: string; code: string } }>(
    'mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id code } }',
    { input: { type: 'REPAIR', channel: 'HOTLINE', outletId: acme.outletIds['SH-01'], productId: acme.productIds['KFR-35GW'], customerName: '王芳', customerPhone: PHONE, faultDescription: '空调不制冷，外机不启动', serialNo: 'SN-KFR-0001', purchaseDate: '2019-05-01', reportedAt: hoursAgo(30) } },
  );
  const id = createServiceRequest.id;
  await step('acknowledgeServiceRequest', { id, at: hoursAgo(29) });
  await step('dispatchServiceRequest', { id, technicianId: acme.staffIds['gcs1'], at: hoursAgo(28) }, 'DispatchServiceRequestInput');
  const { recordVisit } = await must<{ recordVisit: { id: string } }>('mutation($input: RecordVisitInput!) { recordVisit(input: $input) { id } }', {
    input: {
      requestId: id, technicianId: acme.staffIds['gcs1'], arrivedAt: hoursAgo(26), completedAt: hoursAgo(25), outcome: 'FIXED',
      diagnosis: '主板烧毁', actions: '更换主控板并试机', confirmedBy: '王芳', customerFeedback: '师傅很专业',
      parts: [{ partId: createSparePart.id, quantity: 1, faultySerial: 'OLD-123', replacementSerial: 'NEW-456' }],
    },
  });
  const photo = await uploadFile(app, asAcme, { ownerType: 'VISIT', ownerId: recordVisit.id, purpose: 'AFTER' }, { name: '修复后.png', bytes: aPng() });
  expect(photo.status).toBe(201);
  await step('resolveServiceRequest', { id, at: hoursAgo(24) });
  await step('closeServiceRequest', { id, at: hoursAgo(2), note: '客户确认已修复' });
  return createServiceRequest;
}

async function sheet(id: string, query = '', headers: Record<string, string> = asAcme): Promise<Response> {
  return app.fetch(`${app.url}/api/service-requests/${id}/sheet.pdf${query}`, { headers });
}

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME').withOutlet('SH-01', '上海徐汇服务站').withProduct('KFR-35GW', '空调', 12).withStaff('gcs1').create(app.database.dataSource);
  await anOrganisation('BETA').create(app.database.dataSource);
  request = await repairedRequest();
});
afterAll(async () => app?.close());

describe('the printable service sheet', () => {
  let pdf: Buffer;
  let read: PdfText;

  it('is a PDF named after the request', async () => {
    const response = await sheet(request.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="${request.code}.pdf"; filename*=UTF-8''${request.code}.pdf`);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    read = await pdfText(pdf);
  });

  it('reads back in Chinese: request, customer, status, warranty, history, visit, parts, confirmation', () => {
    for (const expected of [
      'ACME 电器有限公司 售后服务单', request.code, '王芳', '已关闭', '保外', '维修', '服务热线', '上海徐汇服务站', 'SN-KFR-0001', '空调不制冷，外机不启动',
      '处理记录', '新建', '已受理 → 已派工', '已解决 → 已关闭', '客户确认已修复',
      '第 1 次上门 · 工程师 员工 gcs1', '已修复', '主板烧毁', '更换主控板并试机',
      'PCB-01', '主控板', '更换使用', 'OLD-123', 'NEW-456', '380.00', '¥ 380.00',
      '维修后照片', '修复后.png', '现场确认人：王芳', '客户意见：师傅很专业', '客户签字：',
    ]) {
      expect(read.text).toContain(expected);
    }
    expect(read.text).toContain(`第 ${read.pages} 页，共 ${read.pages} 页`);
  });

  it('masks the customer’s phone', () => {
    expect(read.text).toContain('138****8000');
    expect(read.text).not.toContain(PHONE);
    expect(pdf.includes(PHONE)).toBe(false);
  });

  it('embeds only the glyphs it uses of the Chinese font', () => {
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Regular/);
    expect(pdf.length).toBeLessThan(300_000);
    expect(read.info['Title']).toBe(`售后服务单 ${request.code}`);
  });

  it('speaks English when asked', async () => {
    const english = await pdfText(Buffer.from(await (await sheet(request.id, '?lang=en')).arrayBuffer()));
    for (const expected of ['ACME 电器有限公司 Service sheet', 'Closed', 'Out of warranty', 'Visit 1 · technician 员工 gcs1', 'Fitted', 'Confirmed on site by: 王芳', `Page 1 of ${english.pages}`]) {
      expect(english.text).toContain(expected);
    }
    const byHeader = await pdfText(Buffer.from(await (await sheet(request.id, '', { ...asAcme, 'accept-language': 'en-GB,en;q=0.9' })).arrayBuffer()));
    expect(byHeader.text).toContain('Service sheet');
  });

  it('is not found for another organisation or an unknown request', async () => {
    const other = await sheet(request.id, '', { 'x-org-code': 'BETA' });
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await sheet('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await sheet('not-a-uuid')).status).toBe(404);
    expect((await sheet(request.id, '', {})).status).toBe(401); // no organisation header and no sign-in
  });
});
