import { warrantyEnd, type ImportRecordsByType } from '@stardesk/domain';
import { bulkInsert, columns } from './bulk-write';
import type { ImportSession } from './import-session';

export interface CatalogueProduct {
  id: string;
  model: string;
  warrantyMonths: number;
}

export interface CatalogueUnit {
  id: string;
  productId: string;
  productModel: string;
  warrantyEnd: string | null;
}

export interface CataloguePart {
  id: string;
  price: number;
  unitCost: number;
}

/** A product first met in an import: the model is all the file tells, the warranty is the usual year. */
const NEW_PRODUCT_WARRANTY_MONTHS = 12;
const NEW_PRODUCT_CATEGORY = '未分类';

/**
 * The master data an import refers to by natural key (region, outlet code, login, model, phone,
 * serial, part number): what the database holds, loaded once, plus what the set creates. New rows get
 * their ids at once and are written by `writeNew`, before the records that refer to them.
 */
export class ImportCatalogue {
  private readonly regions = new Map<string, string>();
  readonly outlets = new Map<string, string>();
  readonly staff = new Map<string, string>();
  private readonly products = new Map<string, CatalogueProduct>();
  private readonly customers = new Map<string, string>();
  private readonly units = new Map<string, CatalogueUnit>();
  private readonly parts = new Map<string, CataloguePart>();
  private readonly created = {
    regions: [] as unknown[][],
    staff: [] as unknown[][],
    products: [] as unknown[][],
    customers: [] as unknown[][],
    units: [] as unknown[][],
    parts: [] as unknown[][],
  };

  private constructor(private readonly session: ImportSession) {}

  static async load(session: ImportSession, records: ImportRecordsByType): Promise<ImportCatalogue> {
    const catalogue = new ImportCatalogue(session);
    const { tx, org } = session;
    const phones = [...new Set([...records.service_requests.map((r) => r.customerPhone), ...records.complaints.map((r) => r.customerPhone)])];
    const serials = [...new Set(records.service_requests.flatMap((r) => (r.serialNo ? [r.serialNo] : [])))];
    // One after the other: the queries share the transaction's connection.
    const regions: { id: string; code: string; name: string }[] = await tx.query('SELECT id, code, name FROM regions WHERE org_id = $1', [org.id]);
    const outlets: { id: string; code: string }[] = await tx.query('SELECT id, code FROM outlets WHERE org_id = $1', [org.id]);
    const staff: { id: string; login: string }[] = await tx.query('SELECT id, login FROM staff WHERE org_id = $1', [org.id]);
    const products: { id: string; model: string; warranty_months: number }[] = await tx.query(
      'SELECT id, model, warranty_months FROM products WHERE org_id = $1',
      [org.id],
    );
    const parts: { id: string; part_no: string; price: number; unit_cost: number }[] = await tx.query(
      'SELECT id, part_no, price::float8 AS price, unit_cost::float8 AS unit_cost FROM spare_parts WHERE org_id = $1',
      [org.id],
    );
    // One customer per phone, as when a request is opened; the latest if history left several.
    const customers: { id: string; phone: string }[] = await tx.query(
      'SELECT DISTINCT ON (phone) id, phone FROM customers WHERE org_id = $1 AND phone = ANY($2::text[]) ORDER BY phone, created_at DESC',
      [org.id, phones],
    );
    const units: { id: string; serial_no: string; product_id: string; model: string; warranty_end: string | null }[] = await tx.query(
      `SELECT u.id, u.serial_no, u.product_id, p.model, u.warranty_end::text AS warranty_end
         FROM product_units u JOIN products p ON p.id = u.product_id
        WHERE u.org_id = $1 AND u.serial_no = ANY($2::text[])`,
      [org.id, serials],
    );
    for (const region of regions) {
      catalogue.regions.set(region.name, region.id);
      catalogue.regions.set(region.code, region.id);
    }
    for (const outlet of outlets) catalogue.outlets.set(outlet.code, outlet.id);
    for (const person of staff) catalogue.staff.set(person.login, person.id);
    for (const product of products) catalogue.products.set(product.model, { id: product.id, model: product.model, warrantyMonths: product.warranty_months });
    for (const part of parts) catalogue.parts.set(part.part_no, { id: part.id, price: part.price, unitCost: part.unit_cost });
    for (const customer of customers) catalogue.customers.set(customer.phone, customer.id);
    for (const unit of units) {
      catalogue.units.set(unit.serial_no, { id: unit.id, productId: unit.product_id, productModel: unit.model, warrantyEnd: unit.warranty_end });
    }
    return catalogue;
  }

  /** A region by code or name; one not known yet is created with the text as code and name. */
  regionId(codeOrName: string): string {
    let id = this.regions.get(codeOrName);
    if (!id) {
      id = this.session.newId();
      this.regions.set(codeOrName, id);
      this.created.regions.push([id, this.session.org.id, codeOrName, codeOrName]);
    }
    return id;
  }

  /** A technician by login, created (active, name = login) when the organisation does not know it. */
  technicianId(login: string): string {
    let id = this.staff.get(login);
    if (!id) {
      id = this.session.newId();
      this.staff.set(login, id);
      this.created.staff.push([id, this.session.org.id, login, login, 'TECHNICIAN']);
    }
    return id;
  }

  product(model: string, category: string | null): CatalogueProduct {
    let product = this.products.get(model);
    if (!product) {
      product = { id: this.session.newId(), model, warrantyMonths: NEW_PRODUCT_WARRANTY_MONTHS };
      this.products.set(model, product);
      this.created.products.push([product.id, this.session.org.id, model, model, category ?? NEW_PRODUCT_CATEGORY, NEW_PRODUCT_WARRANTY_MONTHS]);
    }
    return product;
  }

  customerId(phone: string, name: string): string {
    let id = this.customers.get(phone);
    if (!id) {
      id = this.session.newId();
      this.customers.set(phone, id);
      this.created.customers.push([id, this.session.org.id, name, phone]);
    }
    return id;
  }

  /** The unit with this serial, created if new; null when the serial belongs to another model. */
  unit(serialNo: string, product: CatalogueProduct, customerId: string, purchaseDate: string | null): CatalogueUnit | { otherModel: string } {
    const known = this.units.get(serialNo);
    if (known) return known.productId === product.id ? known : { otherModel: known.productModel };
    const unit: CatalogueUnit = {
      id: this.session.newId(),
      productId: product.id,
      productModel: product.model,
      warrantyEnd: purchaseDate ? warrantyEnd(purchaseDate, product.warrantyMonths) : null,
    };
    this.units.set(serialNo, unit);
    this.created.units.push([unit.id, this.session.org.id, product.id, customerId, serialNo, purchaseDate, unit.warrantyEnd]);
    return unit;
  }

  /** A spare part by number; one not in the catalogue yet is created at no price (history, not stock). */
  part(partNo: string): CataloguePart {
    let part = this.parts.get(partNo);
    if (!part) {
      part = { id: this.session.newId(), price: 0, unitCost: 0 };
      this.parts.set(partNo, part);
      this.created.parts.push([part.id, this.session.org.id, partNo, partNo]);
    }
    return part;
  }

  get createdCounts(): Record<keyof ImportCatalogue['created'], number> {
    const { regions, staff, products, customers, units, parts } = this.created;
    return { regions: regions.length, staff: staff.length, products: products.length, customers: customers.length, units: units.length, parts: parts.length };
  }

  /** Writes what the set creates, before the records that refer to it. */
  async writeNew(): Promise<void> {
    const { tx } = this.session;
    await bulkInsert(tx, 'regions', columns('id:uuid', 'org_id:uuid', 'code:text', 'name:text'), this.created.regions);
    await bulkInsert(tx, 'staff', columns('id:uuid', 'org_id:uuid', 'login:text', 'name:text', 'role:text'), this.created.staff);
    await bulkInsert(tx, 'products', columns('id:uuid', 'org_id:uuid', 'model:text', 'name:text', 'category:text', 'warranty_months:int'), this.created.products);
    await bulkInsert(tx, 'customers', columns('id:uuid', 'org_id:uuid', 'name:text', 'phone:text'), this.created.customers);
    await bulkInsert(
      tx,
      'product_units',
      columns('id:uuid', 'org_id:uuid', 'product_id:uuid', 'customer_id:uuid', 'serial_no:text', 'purchase_date:date', 'warranty_end:date'),
      this.created.units,
    );
    await bulkInsert(tx, 'spare_parts', columns('id:uuid', 'org_id:uuid', 'part_no:text', 'name:text'), this.created.parts);
  }
}
