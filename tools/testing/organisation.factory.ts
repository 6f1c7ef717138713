import { OutletEntity, ProductEntity, createOrganisation, type OrganisationEntity } from '@stardesk/database';
import type { OutletKind } from '@stardesk/domain';
import type { DataSource } from 'typeorm';

export interface GivenOrganisation {
  organisation: OrganisationEntity;
  outletIds: Record<string, string>;
  productIds: Record<string, string>;
}

/**
 * Test data builder: `anOrganisation('ACME').withOutlet('SH-01').withProduct('KFR-35GW').create(ds)`.
 * Defaults are plausible so a test states only what it is about.
 */
export class OrganisationBuilder {
  private readonly outlets: { code: string; name: string; kind: OutletKind; city: string }[] = [];
  private readonly products: { model: string; category: string; warrantyMonths: number }[] = [];
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

  withProduct(model: string, category = '空调', warrantyMonths = 12): this {
    this.products.push({ model, category, warrantyMonths });
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
      const saved = await dataSource.getRepository(ProductEntity).save({ ...product, orgId: organisation.id, name: `${product.category} ${product.model}`, hazardous: false });
      productIds[product.model] = saved.id;
    }
    return { organisation, outletIds, productIds };
  }
}

export const anOrganisation = (code: string): OrganisationBuilder => new OrganisationBuilder(code);
