import { OutletEntity, ProductEntity, StaffEntity, createOrganisation, type OrganisationEntity } from '@stardesk/database';
import type { OutletKind, StaffRole } from '@stardesk/domain';
import type { DataSource } from 'typeorm';

export interface GivenOrganisation {
  organisation: OrganisationEntity;
  outletIds: Record<string, string>;
  productIds: Record<string, string>;
  staffIds: Record<string, string>;
}

/**
 * Test data builder: `anOrganisation('ACME').withOutlet('SH-01').withProduct('KFR-35GW').create(ds)`.
 * Defaults are plausible so a test states only what it is about.
 */
export class OrganisationBuilder {
  private readonly outlets: { code: string; name: string; kind: OutletKind; city: string }[] = [];
  private readonly products: { model: string; category: string; warrantyMonths: number; hazardous: boolean }[] = [];
  private readonly staff: { login: string; role: StaffRole; active: boolean }[] = [];
  private timeZone = 'Asia/Shanghai';

  constructor(private readonly code: string) {}

  inTimeZone(zone: string): this {
    this.timeZone = zone;
    return this;
  }

  withOutlet(code: string, name = `${code} 服务站`, kind: OutletKind = 'OWN', city = '上海'): this {
    this.outlets.push({ code, name, kind, city });
    return this;
  }

  withProduct(model: string, category = '空调', warrantyMonths = 12, hazardous = false): this {
    this.products.push({ model, category, warrantyMonths, hazardous });
    return this;
  }

  withStaff(login: string, role: StaffRole = 'TECHNICIAN', active = true): this {
    this.staff.push({ login, role, active });
    return this;
  }

  async create(dataSource: DataSource): Promise<GivenOrganisation> {
    const organisation = await createOrganisation(dataSource, { code: this.code, name: `${this.code} 电器有限公司`, timeZone: this.timeZone });
    const outletIds: Record<string, string> = {};
    for (const outlet of this.outlets) {
      const saved = await dataSource.getRepository(OutletEntity).save({ ...outlet, orgId: organisation.id, regionId: null, address: null, active: true });
      outletIds[outlet.code] = saved.id;
    }
    const productIds: Record<string, string> = {};
    for (const product of this.products) {
      const saved = await dataSource.getRepository(ProductEntity).save({ ...product, orgId: organisation.id, name: `${product.category} ${product.model}` });
      productIds[product.model] = saved.id;
    }
    const staffIds: Record<string, string> = {};
    for (const person of this.staff) {
      const saved = await dataSource.getRepository(StaffEntity).save({ ...person, orgId: organisation.id, name: `员工 ${person.login}`, phone: null });
      staffIds[person.login] = saved.id;
    }
    return { organisation, outletIds, productIds, staffIds };
  }
}

export const anOrganisation = (code: string): OrganisationBuilder => new OrganisationBuilder(code);
