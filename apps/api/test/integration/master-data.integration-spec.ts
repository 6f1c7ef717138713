import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { startTestApp, type GraphqlResponse, type TestApp } from '../support/test-app';

let app: TestApp;
let acme: GivenOrganisation;
let other: GivenOrganisation;

const gql = <T>(org: string, query: string, variables: Record<string, unknown> = {}) => app.graphql<T>(query, variables, { 'x-org-code': org });

async function must<T>(org: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await gql<T>(org, query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

const fieldErrors = (result: GraphqlResponse<unknown>) => result.errors?.[0]?.extensions?.fieldErrors?.map((error) => `${error.field}:${error.code}`);
const errorCode = (result: GraphqlResponse<unknown>) => result.errors?.[0]?.extensions?.code;

async function rows(table: string): Promise<number> {
  const [row] = await app.database.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
  return row.n;
}

/** Runs a refused mutation and checks that the table it writes to did not change. */
async function refused(org: string, mutation: string, input: Record<string, unknown>, table: string) {
  const before = await rows(table);
  const result = await gql(org, mutation, { input });
  expect(await rows(table)).toBe(before);
  return result;
}

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME').withOutlet('SH-01').withProduct('KFR-35GW', '空调', 72).create(app.database.dataSource);
  other = await anOrganisation('OTHER').withOutlet('BJ-01').withProduct('BCD-215').create(app.database.dataSource);
});
afterAll(async () => app?.close());

const REGION = 'id code name active version';
const CREATE_REGION = `mutation($input: CreateRegionInput!) { createRegion(input: $input) { ${REGION} } }`;
const UPDATE_REGION = `mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { ${REGION} } }`;

describe('regions', () => {
  let east: { id: string; version: number };

  it('creates, renames and deactivates a region, never deleting it', async () => {
    ({ createRegion: east } = await must<{ createRegion: { id: string; version: number } }>('ACME', CREATE_REGION, { input: { code: ' east ', name: '华东大区' } }));
    expect(east).toMatchObject({ code: 'EAST', name: '华东大区', active: true, version: 1 });
    const { updateRegion } = await must<{ updateRegion: { version: number } }>('ACME', UPDATE_REGION, { input: { id: east.id, expectedVersion: 1, name: '华东区' } });
    expect(updateRegion).toMatchObject({ code: 'EAST', name: '华东区', version: 2 });
    await must('ACME', UPDATE_REGION, { input: { id: east.id, expectedVersion: 2, active: false } });
    expect((await must<{ regions: unknown[] }>('ACME', '{ regions { code } }')).regions).toEqual([]);
    expect((await must<{ regions: unknown[] }>('ACME', '{ regions(includeInactive: true) { code active } }')).regions).toEqual([{ code: 'EAST', active: false }]);
    await must('ACME', UPDATE_REGION, { input: { id: east.id, expectedVersion: 3, active: true } });
  });

  it.each([
    [{ code: '', name: '' }, ['code:required', 'name:required']],
    [{ code: 'e', name: '华北' }, ['code:invalidCode']],
    [{ code: 'NORTH', name: 'x'.repeat(101) }, ['name:tooLong']],
    [{ code: 'east', name: '又一个华东' }, ['code:duplicate']],
  ])('refuses %o field by field and writes nothing', async (input, expected) => {
    expect(fieldErrors(await refused('ACME', CREATE_REGION, input, 'regions'))).toEqual(expected);
  });

  it('refuses a stale or missing version with nothing changed', async () => {
    expect(errorCode(await gql('ACME', UPDATE_REGION, { input: { id: east.id, expectedVersion: 1, name: '旧版本' } }))).toBe('CONFLICT');
    expect(fieldErrors(await gql('ACME', UPDATE_REGION, { input: { id: east.id, name: '无版本' } }))).toEqual(['expectedVersion:required']);
    expect(fieldErrors(await gql('ACME', UPDATE_REGION, { input: { id: east.id, expectedVersion: 4, name: null } }))).toEqual(['name:required']);
    const [row] = await app.database.dataSource.query('SELECT name, version FROM regions WHERE id = $1', [east.id]);
    expect(row).toEqual({ name: '华东区', version: 4 });
  });

  it('keeps organisations apart: codes are per organisation, records invisible to others', async () => {
    expect((await must<{ createRegion: { code: string } }>('OTHER', CREATE_REGION, { input: { code: 'EAST', name: '华东' } })).createRegion.code).toBe('EAST');
    expect(errorCode(await gql('OTHER', UPDATE_REGION, { input: { id: east.id, expectedVersion: 4, name: '偷改' } }))).toBe('NOT_FOUND');
    expect((await must<{ regions: { name: string }[] }>('OTHER', '{ regions { name } }')).regions).toEqual([{ name: '华东' }]);
  });
});

const OUTLET = 'id code name kind city regionId regionName address coverage active version';
const CREATE_OUTLET = `mutation($input: CreateOutletInput!) { createOutlet(input: $input) { ${OUTLET} } }`;
const UPDATE_OUTLET = `mutation($input: UpdateOutletInput!) { updateOutlet(input: $input) { ${OUTLET} } }`;

describe('outlets', () => {
  let regionId: string;
  let otherRegionId: string;
  beforeAll(async () => {
    regionId = (await must<{ createRegion: { id: string } }>('ACME', CREATE_REGION, { input: { code: 'SOUTH', name: '华南大区' } })).createRegion.id;
    otherRegionId = (await must<{ createRegion: { id: string } }>('OTHER', CREATE_REGION, { input: { code: 'SOUTH', name: '华南' } })).createRegion.id;
  });

  it('creates a partner outlet with its coverage and changes it', async () => {
    const { createOutlet } = await must<{ createOutlet: { id: string } }>('ACME', CREATE_OUTLET, {
      input: { code: 'gz-th', name: '广州天河服务站', kind: 'PARTNER', city: '广州', coverage: '天河区、越秀区', regionId },
    });
    expect(createOutlet).toMatchObject({ code: 'GZ-TH', kind: 'PARTNER', regionName: '华南大区', coverage: '天河区、越秀区', active: true, version: 1 });
    const { updateOutlet } = await must<{ updateOutlet: unknown }>('ACME', UPDATE_OUTLET, { input: { id: createOutlet.id, expectedVersion: 1, kind: 'AGENT', coverage: '天河区', address: '天河路 1 号' } });
    expect(updateOutlet).toMatchObject({ kind: 'AGENT', coverage: '天河区', address: '天河路 1 号', name: '广州天河服务站', version: 2 });
    const { outlets } = await must<{ outlets: { code: string }[] }>('ACME', 'query($filter: OutletFilter) { outlets(filter: $filter) { code } }', { filter: { kinds: ['AGENT'], regionId } });
    expect(outlets).toEqual([{ code: 'GZ-TH' }]);
  });

  it.each([
    [{ code: 'SZ-01', name: '深圳', kind: 'FRANCHISE', city: '深圳' }, null],
    [{ code: 'SZ-01', name: '', city: '' }, ['name:required', 'kind:required', 'city:required']],
    [{ code: 'SH-01', name: '重复', kind: 'OWN', city: '上海' }, ['code:duplicate']],
    [{ code: 'SZ-01', name: '深圳', kind: 'OWN', city: '深圳', regionId: 'OTHER' }, ['regionId:notFound']],
  ])('refuses %o field by field and writes nothing', async (input, expected) => {
    const regionId = (input as { regionId?: string }).regionId === 'OTHER' ? { regionId: otherRegionId } : {};
    const result = await refused('ACME', CREATE_OUTLET, { ...input, ...regionId }, 'outlets');
    if (expected) expect(fieldErrors(result)).toEqual(expected);
    else expect(result.errors?.[0]?.message).toMatch(/FRANCHISE/); // an unknown enum value is refused by the schema
  });

  it('refuses to move an outlet into a deactivated region, and lists deactivated outlets only on request', async () => {
    const closed = (await must<{ createRegion: { id: string } }>('ACME', CREATE_REGION, { input: { code: 'WEST', name: '西部' } })).createRegion.id;
    await must('ACME', UPDATE_REGION, { input: { id: closed, expectedVersion: 1, active: false } });
    const outlet = acme.outletIds['SH-01'];
    expect(fieldErrors(await gql('ACME', UPDATE_OUTLET, { input: { id: outlet, expectedVersion: 1, regionId: closed } }))).toEqual(['regionId:inactive']);
    await must('ACME', UPDATE_OUTLET, { input: { id: outlet, expectedVersion: 1, active: false } });
    const listed = async (includeInactive: boolean) => (await must<{ outlets: { code: string }[] }>('ACME', `{ outlets(filter: { includeInactive: ${includeInactive} }) { code } }`)).outlets.map((o) => o.code);
    expect(await listed(false)).not.toContain('SH-01');
    expect(await listed(true)).toContain('SH-01');
    expect(errorCode(await gql('ACME', UPDATE_OUTLET, { input: { id: outlet, expectedVersion: 1, active: true } }))).toBe('CONFLICT');
    await must('ACME', UPDATE_OUTLET, { input: { id: outlet, expectedVersion: 2, active: true } });
  });
});

const STAFF = 'id login name role phone active outletIds version';
const CREATE_STAFF = `mutation($input: CreateStaffInput!) { createStaff(input: $input) { ${STAFF} } }`;
const UPDATE_STAFF = `mutation($input: UpdateStaffInput!) { updateStaff(input: $input) { ${STAFF} } }`;

describe('staff', () => {
  it('creates a technician for an outlet, then makes them a dispatcher of another', async () => {
    const { createStaff } = await must<{ createStaff: { id: string } }>('ACME', CREATE_STAFF, {
      input: { login: 'Zhang.Gong', name: '张工', role: 'TECHNICIAN', phone: '138-0013-8000', outletIds: [acme.outletIds['SH-01']] },
    });
    expect(createStaff).toMatchObject({ login: 'zhang.gong', phone: '13800138000', outletIds: [acme.outletIds['SH-01']], version: 1 });
    const gz = (await must<{ outlets: { id: string; code: string }[] }>('ACME', '{ outlets { id code } }')).outlets.find((o) => o.code === 'GZ-TH')!.id;
    const { updateStaff } = await must<{ updateStaff: unknown }>('ACME', UPDATE_STAFF, { input: { id: createStaff.id, expectedVersion: 1, role: 'DISPATCHER', outletIds: [gz] } });
    expect(updateStaff).toMatchObject({ role: 'DISPATCHER', outletIds: [gz], name: '张工', version: 2 });
    const { staff } = await must<{ staff: { login: string }[] }>('ACME', 'query($outletId: ID) { staff(outletId: $outletId, search: "张") { login } }', { outletId: gz });
    expect(staff).toEqual([{ login: 'zhang.gong' }]);
    expect(errorCode(await gql('ACME', UPDATE_STAFF, { input: { id: createStaff.id, expectedVersion: 1, name: '旧版本' } }))).toBe('CONFLICT');
    expect(errorCode(await gql('OTHER', UPDATE_STAFF, { input: { id: createStaff.id, expectedVersion: 2, name: '偷改' } }))).toBe('NOT_FOUND');
    await must('ACME', UPDATE_STAFF, { input: { id: createStaff.id, expectedVersion: 2, active: false } });
    expect((await must<{ staff: unknown[] }>('ACME', '{ staff(search: "zhang") { login } }')).staff).toEqual([]);
    expect((await must<{ staff: unknown[] }>('ACME', '{ staff(search: "zhang", includeInactive: true) { login active } }')).staff).toEqual([{ login: 'zhang.gong', active: false }]);
  });

  it.each([
    [{ login: '王 工', name: '', role: 'TECHNICIAN', phone: '123' }, ['login:invalidLogin', 'name:required', 'phone:invalidPhone']],
    [{ login: 'ZHANG.GONG', name: '另一个张工', role: 'TECHNICIAN' }, ['login:alreadyUsed']],
    [{ login: 'li.gong', name: '李工', role: 'TECHNICIAN', outletIds: ['OWN', 'OTHER', 'nonsense'] }, ['outletIds.1:notFound', 'outletIds.2:notFound']],
  ])('refuses %o field by field and writes nothing', async (input, expected) => {
    const outletIds = (input as { outletIds?: string[] }).outletIds?.map((id) => (id === 'OWN' ? acme.outletIds['SH-01'] : id === 'OTHER' ? other.outletIds['BJ-01'] : id));
    const before = await rows('staff_outlets');
    expect(fieldErrors(await refused('ACME', CREATE_STAFF, { ...input, ...(outletIds ? { outletIds } : {}) }, 'staff'))).toEqual(expected);
    expect(await rows('staff_outlets')).toBe(before);
  });
});

const PRODUCT = 'id model name category warrantyMonths hazardous active version';
const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { ${PRODUCT} } }`;
const UPDATE_PRODUCT = `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { ${PRODUCT} } }`;

describe('products', () => {
  it('creates a hazardous product and changes its warranty', async () => {
    const { createProduct } = await must<{ createProduct: { id: string } }>('ACME', CREATE_PRODUCT, { input: { model: 'KFR-72LW/BP2', name: '立柜式空调', category: '空调', warrantyMonths: 72, hazardous: true } });
    expect(createProduct).toMatchObject({ model: 'KFR-72LW/BP2', hazardous: true, active: true, version: 1 });
    const { updateProduct } = await must<{ updateProduct: unknown }>('ACME', UPDATE_PRODUCT, { input: { id: createProduct.id, expectedVersion: 1, warrantyMonths: 36 } });
    expect(updateProduct).toMatchObject({ warrantyMonths: 36, hazardous: true, version: 2 });
    const { products } = await must<{ products: { model: string }[] }>('ACME', '{ products(filter: { hazardous: true, search: "72lw" }) { model } }');
    expect(products).toEqual([{ model: 'KFR-72LW/BP2' }]);
  });

  it.each([
    [{ model: '', name: '洗衣机', category: '洗衣机', warrantyMonths: 12 }, ['model:required']],
    [{ model: 'XQG-100', name: '洗衣机', category: '', warrantyMonths: 241 }, ['category:required', 'warrantyMonths:outOfRange']],
    [{ model: 'XQG-100', name: '洗衣机', category: '洗衣机' }, ['warrantyMonths:required']],
    [{ model: 'KFR-35GW', name: '重复', category: '空调', warrantyMonths: 12 }, ['model:alreadyUsed']],
  ])('refuses %o field by field and writes nothing', async (input, expected) => {
    expect(fieldErrors(await refused('ACME', CREATE_PRODUCT, input, 'products'))).toEqual(expected);
  });

  it('refuses a stale version and another organisation’s product', async () => {
    const id = acme.productIds['KFR-35GW'];
    expect(errorCode(await gql('ACME', UPDATE_PRODUCT, { input: { id, expectedVersion: 7, name: '旧' } }))).toBe('CONFLICT');
    expect(errorCode(await gql('OTHER', UPDATE_PRODUCT, { input: { id, expectedVersion: 1, name: '偷改' } }))).toBe('NOT_FOUND');
  });
});

const CUSTOMER = 'id name phone address active version';
const CREATE_CUSTOMER = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { ${CUSTOMER} } }`;
const UPDATE_CUSTOMER = `mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { ${CUSTOMER} } }`;
const CUSTOMERS = `query($filter: CustomerFilter, $first: Int, $after: String) { customers(filter: $filter, first: $first, after: $after) { edges { node { name phone } } pageInfo { hasNextPage endCursor } } }`;
type CustomerPage = { customers: { edges: { node: { name: string; phone: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

describe('customers', () => {
  let zhang: { id: string };
  beforeAll(async () => {
    ({ createCustomer: zhang } = await must<{ createCustomer: { id: string } }>('ACME', CREATE_CUSTOMER, { input: { name: '张伟', phone: '+86 139 1234 5678', address: '上海市浦东新区' } }));
    for (const [name, phone] of [['张敏', '13700002222'], ['李娜', '021-6234-5678']]) await must('ACME', CREATE_CUSTOMER, { input: { name, phone } });
  });

  it('stores the phone without separators and finds customers by phone or name', async () => {
    const search = async (filter: Record<string, unknown>) => (await must<CustomerPage>('ACME', CUSTOMERS, { filter })).customers.edges.map((edge) => edge.node.name);
    expect(await search({ phone: '139-1234-5678' })).toEqual(['张伟']);
    expect(await search({ search: '1234' })).toEqual(['张伟']);
    expect(await search({ search: '张' })).toEqual(['张伟', '张敏'].sort());
    expect(await search({ search: '62345678' })).toEqual(['李娜']);
  });

  it('pages through customers by name', async () => {
    const first = await must<CustomerPage>('ACME', CUSTOMERS, { first: 2 });
    expect(first.customers.pageInfo.hasNextPage).toBe(true);
    const second = await must<CustomerPage>('ACME', CUSTOMERS, { first: 2, after: first.customers.pageInfo.endCursor });
    const names = [...first.customers.edges, ...second.customers.edges].map((edge) => edge.node.name);
    expect(new Set(names).size).toBe(3);
    expect(fieldErrors(await gql('ACME', CUSTOMERS, { first: 500, after: 'garbage' }))).toEqual(['first:outOfRange', 'after:invalidCode']);
  });

  it('updates and deactivates a customer', async () => {
    const { updateCustomer } = await must<{ updateCustomer: unknown }>('ACME', UPDATE_CUSTOMER, { input: { id: zhang.id, expectedVersion: 1, address: null } });
    expect(updateCustomer).toMatchObject({ name: '张伟', address: null, version: 2 });
    expect(errorCode(await gql('ACME', UPDATE_CUSTOMER, { input: { id: zhang.id, expectedVersion: 1, name: '张三' } }))).toBe('CONFLICT');
  });

  it.each([
    [{ name: '', phone: '' }, ['name:required', 'phone:required']],
    [{ name: '王五', phone: '12345' }, ['phone:invalidPhone']],
    [{ name: '另一个张伟', phone: '13912345678' }, ['phone:alreadyUsed']],
  ])('refuses %o field by field and writes nothing', async (input, expected) => {
    expect(fieldErrors(await refused('ACME', CREATE_CUSTOMER, input, 'customers'))).toEqual(expected);
  });

  it('keeps customers of other organisations apart', async () => {
    expect((await must<CustomerPage>('OTHER', CUSTOMERS, { filter: { search: '张' } })).customers.edges).toEqual([]);
    expect((await must<{ createCustomer: { phone: string } }>('OTHER', CREATE_CUSTOMER, { input: { name: '张伟', phone: '13912345678' } })).createCustomer.phone).toBe('13912345678');
    expect(await must('OTHER', 'query($id: ID!) { customer(id: $id) { id } }', { id: zhang.id })).toEqual({ customer: null });
  });
});

const UNIT = 'id serialNo purchaseDate warrantyEnd warrantyStatus product { model } customer { name } version';
const CREATE_UNIT = `mutation($input: CreateProductUnitInput!) { createProductUnit(input: $input) { ${UNIT} } }`;
const UPDATE_UNIT = `mutation($input: UpdateProductUnitInput!) { updateProductUnit(input: $input) { ${UNIT} } }`;

describe('product units', () => {
  let unit: { id: string };
  let customerId: string;
  beforeAll(async () => {
    customerId = (await must<{ createCustomer: { id: string } }>('ACME', CREATE_CUSTOMER, { input: { name: '赵六', phone: '13600006666' } })).createCustomer.id;
  });

  it('derives the warranty end from the purchase date and the product’s warranty months', async () => {
    ({ createProductUnit: unit } = await must<{ createProductUnit: { id: string } }>('ACME', CREATE_UNIT, {
      input: { serialNo: 'SN-0001', productId: acme.productIds['KFR-35GW'], customerId, purchaseDate: '2026-01-31' },
    }));
    expect(unit).toMatchObject({ serialNo: 'SN-0001', purchaseDate: '2026-01-31', warrantyEnd: '2032-01-30', warrantyStatus: 'IN_WARRANTY', product: { model: 'KFR-35GW' }, customer: { name: '赵六' }, version: 1 });
    const { updateProductUnit } = await must<{ updateProductUnit: unknown }>('ACME', UPDATE_UNIT, { input: { id: unit.id, expectedVersion: 1, purchaseDate: '2019-02-28' } });
    expect(updateProductUnit).toMatchObject({ warrantyEnd: '2025-02-27', warrantyStatus: 'OUT_OF_WARRANTY', version: 2 });
  });

  it('lists units by serial number, a page at a time', async () => {
    await must('ACME', CREATE_UNIT, { input: { serialNo: 'SN-0002', productId: acme.productIds['KFR-35GW'] } });
    const page = await must<{ productUnits: { edges: { node: { serialNo: string; warrantyStatus: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
      'ACME',
      'query($after: String) { productUnits(first: 1, after: $after, filter: { serialNo: "sn-000" }) { edges { node { serialNo warrantyStatus } } pageInfo { endCursor hasNextPage } } }',
    );
    expect(page.productUnits.edges).toEqual([{ node: { serialNo: 'SN-0001', warrantyStatus: 'OUT_OF_WARRANTY' } }]);
    const next = await must<typeof page>('ACME', 'query($after: String) { productUnits(first: 1, after: $after, filter: { serialNo: "sn-000" }) { edges { node { serialNo warrantyStatus } } pageInfo { endCursor hasNextPage } } }', { after: page.productUnits.pageInfo.endCursor });
    expect(next.productUnits.edges).toEqual([{ node: { serialNo: 'SN-0002', warrantyStatus: 'UNKNOWN' } }]);
    expect(next.productUnits.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    [{ serialNo: '', productId: null }, ['serialNo:required', 'productId:required']],
    [{ serialNo: 'SN-9', productId: 'OWN', purchaseDate: '2099-01-01' }, ['purchaseDate:inFuture']],
    [{ serialNo: 'SN-9', productId: 'OWN', purchaseDate: '2026-02-30' }, ['purchaseDate:invalidDate']],
    [{ serialNo: 'SN-9', productId: 'OTHER', customerId: '00000000-0000-4000-8000-000000000000' }, ['productId:notFound', 'customerId:notFound']],
    [{ serialNo: 'SN-0001', productId: 'OWN' }, ['serialNo:alreadyUsed']],
  ])('refuses %o field by field and writes nothing', async (input, expected) => {
    const productId = input.productId === 'OWN' ? acme.productIds['KFR-35GW'] : input.productId === 'OTHER' ? other.productIds['BCD-215'] : input.productId;
    expect(fieldErrors(await refused('ACME', CREATE_UNIT, { ...input, productId }, 'product_units'))).toEqual(expected);
  });

  it('refuses a stale version and hides units from other organisations', async () => {
    expect(errorCode(await gql('ACME', UPDATE_UNIT, { input: { id: unit.id, expectedVersion: 1, serialNo: 'SN-X' } }))).toBe('CONFLICT');
    expect(errorCode(await gql('OTHER', UPDATE_UNIT, { input: { id: unit.id, expectedVersion: 2, serialNo: 'SN-X' } }))).toBe('NOT_FOUND');
    expect(await must('OTHER', 'query($id: ID!) { productUnit(id: $id) { id } }', { id: unit.id })).toEqual({ productUnit: null });
  });
});
