import { localDateOf, startOfLocalDay, warrantyEnd, warrantyStatusOn, type Channel, type Priority, type RequestStatus, type ServiceType } from '@stardesk/domain';
import {
  DEMO_OUTLETS,
  DEMO_PRODUCTS,
  FAULTS_BY_CATEGORY,
  GIVEN_NAMES,
  MOBILE_PREFIXES,
  SEASONAL_FACTORS,
  STREETS,
  SURNAMES,
  type DemoOutlet,
  type DemoProduct,
} from './demo-catalogue';
import { SeededRandom } from './random';

/** In-memory demo records, ready to be written; ids are generated here so rows can reference each other. */
export interface GeneratedCustomer { id: string; name: string; phone: string; address: string; outlet: DemoOutlet; createdAt: Date }
export interface GeneratedUnit { id: string; productModel: string; customerId: string; serialNo: string; purchaseDate: string; warrantyEnd: string }
export interface GeneratedEvent { id: string; requestId: string; from: RequestStatus | null; to: RequestStatus; at: Date; actorLogin: string | null; note: string | null }
export interface GeneratedRequest {
  id: string;
  type: ServiceType;
  channel: Channel;
  priority: Priority;
  status: RequestStatus;
  customerId: string;
  productModel: string;
  unitId: string | null;
  /** The unit's serial number (what "the same unit" of a repeat repair is), carried for the KPI facts. */
  unitSerial: string | null;
  outletCode: string;
  faultDescription: string | null;
  warrantyStatus: ReturnType<typeof warrantyStatusOn>;
  reportedAt: Date;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  cancelledAt: Date | null;
  reopenCount: number;
  technicianLogin: string | null;
}
export interface GeneratedDemo { customers: GeneratedCustomer[]; units: GeneratedUnit[]; requests: GeneratedRequest[]; events: GeneratedEvent[] }

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const TYPE_WEIGHTS: Record<ServiceType, number> = { REPAIR: 56, INSTALLATION: 18, MAINTENANCE: 10, DELIVERY: 5, CONSULTATION: 9, RETURN_EXCHANGE: 2 };
const CHANNEL_WEIGHTS: Record<Channel, number> = { HOTLINE: 45, APP: 25, ONLINE: 20, WALK_IN: 7, ON_SITE: 3 };
const PRIORITY_WEIGHTS: Record<Priority, number> = { URGENT: 5, HIGH: 15, NORMAL: 65, LOW: 15 };
/** Median minutes to acknowledge by priority: most requests meet the kpis.md targets, some do not. */
const ACK_MEDIAN_MINUTES: Record<Priority, number> = { URGENT: 12, HIGH: 28, NORMAL: 55, LOW: 100 };
/** Share of the day's calls per local hour 0..23 (office hours, peaks mid-morning and mid-afternoon). */
const HOUR_WEIGHTS = [0, 0, 0, 0, 0, 0, 0.2, 0.6, 1.4, 2.2, 2.6, 2.3, 1.6, 1.7, 2.2, 2.4, 2.0, 1.6, 1.2, 1.0, 0.8, 0.5, 0.2, 0];
const WEEKDAY_FACTORS = [1.25, 0.95, 0.9, 0.9, 0.95, 1.0, 1.2]; // Sunday first, weekends busier

export function dispatcherLogin(outlet: DemoOutlet): string {
  return `${outlet.code.toLowerCase()}.kefu`;
}
export function technicianLogin(outlet: DemoOutlet, index: number): string {
  return `${outlet.code.toLowerCase()}.gcs${index + 1}`;
}

export interface DemoGeneratorOptions {
  seed: number;
  requests: number;
  now: Date;
  timeZone: string;
  /** The service network; the demo's fourteen outlets unless a larger one is given. */
  outlets?: readonly DemoOutlet[];
}

/** A repeat customer is drawn from the outlet's most recent ones: this many are kept per outlet. */
const RECENT_CUSTOMERS_PER_OUTLET = 2000;

/**
 * A year of history, one local day at a time, so a million requests stream to the database without
 * the whole year ever being held in memory. Requests of a day come sorted by report time.
 */
export function* generateDemoDays(options: DemoGeneratorOptions): Generator<GeneratedDemo> {
  const random = new SeededRandom(options.seed);
  const { now, timeZone } = options;
  const outlets = options.outlets ?? DEMO_OUTLETS;
  const start = new Date(now.getTime() - 365 * DAY);
  // What a repeat request needs of earlier customers: their ids and units, not their names and addresses
  // (at 1 M requests the pools hold most of the year's customers).
  const customersByOutlet = new Map<string, string[]>();
  const unitsByCustomer = new Map<string, GeneratedUnit[]>();
  let day: GeneratedDemo = { customers: [], units: [], requests: [], events: [] };
  // Serial numbers rise by random steps: they look arbitrary but never repeat, however many units.
  let serialCounter = 0;

  const personName = (): string => random.pick(SURNAMES) + random.pick(GIVEN_NAMES);
  const newCustomer = (outlet: DemoOutlet, at: Date): GeneratedCustomer => {
    const customer: GeneratedCustomer = {
      id: random.uuid(),
      name: personName(),
      phone: random.pick(MOBILE_PREFIXES) + String(random.int(0, 99_999_999)).padStart(8, '0'),
      address: `${outlet.city}市${outlet.district}${random.pick(STREETS)}${random.int(1, 999)}号${random.int(1, 30)}栋${random.int(101, 2802)}室`,
      outlet,
      createdAt: at,
    };
    day.customers.push(customer);
    const pool = customersByOutlet.get(outlet.code) ?? [];
    pool.push(customer.id);
    if (pool.length > RECENT_CUSTOMERS_PER_OUTLET) unitsByCustomer.delete(pool.shift()!);
    customersByOutlet.set(outlet.code, pool);
    return customer;
  };
  const unitFor = (customerId: string, product: DemoProduct, reportedAt: Date): GeneratedUnit => {
    const owned = unitsByCustomer.get(customerId) ?? [];
    unitsByCustomer.set(customerId, owned);
    const existing = owned.find((unit) => unit.productModel === product.model);
    if (existing) return existing;
    const purchase = new Date(reportedAt.getTime() - random.int(3, 5 * 365) * DAY);
    const purchaseDate = localDateOf(purchase, timeZone);
    const unit: GeneratedUnit = {
      id: random.uuid(),
      productModel: product.model,
      customerId,
      serialNo: `${product.model.replace(/[^A-Z0-9]/gi, '').slice(0, 6).toUpperCase()}${purchaseDate.slice(2, 4)}${String((serialCounter += random.int(1, 97))).padStart(9, '0')}`,
      purchaseDate,
      warrantyEnd: warrantyEnd(purchaseDate, product.warrantyMonths),
    };
    owned.push(unit);
    day.units.push(unit);
    return unit;
  };

  const days = Math.round((now.getTime() - start.getTime()) / DAY);
  const meanPerDay = options.requests / days;
  const outletByCode = new Map(outlets.map((outlet) => [outlet.code, outlet]));
  const outletWeights = Object.fromEntries(outlets.map((outlet) => [outlet.code, outlet.weight]));
  const productByModel = new Map(DEMO_PRODUCTS.map((product) => [product.model, product]));
  const hourWeights = Object.fromEntries(HOUR_WEIGHTS.map((weight, hour) => [String(hour), weight]));

  for (let dayIndex = 0; dayIndex <= days; dayIndex++) {
    const dayStart = new Date(start.getTime() + dayIndex * DAY);
    const month = Number(localDateOf(dayStart, timeZone).slice(5, 7)) - 1;
    const productWeights = Object.fromEntries(DEMO_PRODUCTS.map((p) => [p.model, p.weight * SEASONAL_FACTORS[p.seasonal][month]!]));
    const seasonalMean = DEMO_PRODUCTS.reduce((sum, p) => sum + p.weight * SEASONAL_FACTORS[p.seasonal][month]!, 0) /
      DEMO_PRODUCTS.reduce((sum, p) => sum + p.weight, 0);
    const expected = meanPerDay * seasonalMean * WEEKDAY_FACTORS[dayStart.getUTCDay()]!;
    const count = Math.max(0, Math.round(expected * (0.8 + random.next() * 0.4)));
    const localMidnight = startOfLocalDay(localDateOf(dayStart, timeZone), timeZone)!.getTime();
    for (let n = 0; n < count; n++) {
      const reportedAt = new Date(localMidnight + Number(random.weighted(hourWeights)) * HOUR + random.int(0, 59) * MINUTE + random.int(0, 59) * 1000);
      if (reportedAt > now || reportedAt < start) continue;
      const outlet = outletByCode.get(random.weighted(outletWeights))!;
      const product = productByModel.get(random.weighted(productWeights))!;
      const pool = customersByOutlet.get(outlet.code) ?? [];
      const customerId = pool.length > 20 && random.chance(0.3) ? random.pick(pool) : newCustomer(outlet, reportedAt).id;
      const type = random.weighted(TYPE_WEIGHTS);
      const unit = type === 'CONSULTATION' && random.chance(0.6) ? null : unitFor(customerId, product, reportedAt);
      const request = buildLifecycle(random, {
        id: random.uuid(),
        type,
        channel: random.weighted(CHANNEL_WEIGHTS),
        priority: random.weighted(PRIORITY_WEIGHTS),
        customerId,
        productModel: product.model,
        unitId: unit?.id ?? null,
        unitSerial: unit?.serialNo ?? null,
        outletCode: outlet.code,
        faultDescription: type === 'REPAIR' ? random.pick(FAULTS_BY_CATEGORY[product.category] ?? ['无法正常使用']) : null,
        warrantyStatus: warrantyStatusOn(localDateOf(reportedAt, timeZone), unit?.warrantyEnd),
        reportedAt,
      }, outlet, now, day.events);
      day.requests.push(request);
    }
    day.requests.sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime());
    yield day;
    day = { customers: [], units: [], requests: [], events: [] };
  }
}

/** The whole year in memory: for tests and small demos. */
export function generateDemo(options: DemoGeneratorOptions): GeneratedDemo {
  const all: GeneratedDemo = { customers: [], units: [], requests: [], events: [] };
  for (const day of generateDemoDays(options)) {
    all.customers.push(...day.customers);
    all.units.push(...day.units);
    all.requests.push(...day.requests);
    all.events.push(...day.events);
  }
  return all;
}

type RequestCore = Omit<GeneratedRequest, 'status' | 'acknowledgedAt' | 'resolvedAt' | 'closedAt' | 'cancelledAt' | 'reopenCount' | 'technicianLogin'>;

/** Walks one request through the lifecycle with realistic delays, stopping at `now`. */
function buildLifecycle(random: SeededRandom, core: RequestCore, outlet: DemoOutlet, now: Date, events: GeneratedEvent[]): GeneratedRequest {
  const request: GeneratedRequest = { ...core, status: 'NEW', acknowledgedAt: null, resolvedAt: null, closedAt: null, cancelledAt: null, reopenCount: 0, technicianLogin: null };
  const dispatcher = dispatcherLogin(outlet);
  const technician = technicianLogin(outlet, random.int(0, outlet.technicians - 1));
  const move = (to: RequestStatus, at: Date, actor: string | null, note: string | null = null): boolean => {
    if (at > now) return false;
    events.push({ id: random.uuid(), requestId: request.id, from: request.status, to, at, actorLogin: actor, note });
    request.status = to;
    return true;
  };
  // The creation event has no "from".
  events.push({ id: random.uuid(), requestId: request.id, from: null, to: 'NEW', at: core.reportedAt, actorLogin: dispatcher, note: null });

  const t0 = core.reportedAt.getTime();
  const ackAt = new Date(t0 + Math.max(1, random.logNormal(ACK_MEDIAN_MINUTES[core.priority], 0.75)) * MINUTE);
  if (random.chance(0.03)) {
    const cancelAt = new Date(t0 + random.int(10, 48 * 60) * MINUTE);
    if (cancelAt < ackAt && move('CANCELLED', cancelAt, dispatcher, '客户取消报修')) request.cancelledAt = cancelAt;
    else if (move('ACKNOWLEDGED', ackAt, dispatcher) && move('CANCELLED', new Date(Math.max(cancelAt.getTime(), ackAt.getTime() + 5 * MINUTE)), dispatcher, '客户已自行解决')) {
      request.acknowledgedAt = ackAt;
      request.cancelledAt = events[events.length - 1]!.at;
    } else if (request.status === 'ACKNOWLEDGED') request.acknowledgedAt = ackAt;
    return request;
  }
  if (!move('ACKNOWLEDGED', ackAt, dispatcher)) return request;
  request.acknowledgedAt = ackAt;
  const dispatchAt = new Date(ackAt.getTime() + random.logNormal(30, 0.8) * MINUTE);
  if (!move('DISPATCHED', dispatchAt, dispatcher)) return request;
  request.technicianLogin = technician;
  const arriveAt = new Date(Math.max(dispatchAt.getTime() + 10 * MINUTE, t0 + random.logNormal(core.type === 'CONSULTATION' ? 1 : 14, 0.6) * HOUR));
  if (!move('IN_PROGRESS', arriveAt, technician)) return request;
  if (random.chance(0.08)) {
    const holdAt = new Date(arriveAt.getTime() + random.int(20, 90) * MINUTE);
    if (!move('ON_HOLD', holdAt, technician, '等待配件到货')) return request;
    if (!move('IN_PROGRESS', new Date(holdAt.getTime() + random.logNormal(40, 0.5) * HOUR), technician, '配件已到')) return request;
  }
  let resolveAt = new Date(events[events.length - 1]!.at.getTime() + random.logNormal(2, 0.8) * HOUR);
  if (!move('RESOLVED', resolveAt, technician)) return request;
  request.resolvedAt = resolveAt;
  if (core.type === 'REPAIR' && random.chance(0.05)) {
    const reopenAt = new Date(resolveAt.getTime() + random.int(1, 10) * DAY);
    if (!move('IN_PROGRESS', reopenAt, dispatcher, '客户反馈故障复发')) return request;
    request.reopenCount = 1;
    // As a live reopen does: the request is unresolved again until it is resolved anew.
    request.resolvedAt = null;
    resolveAt = new Date(reopenAt.getTime() + random.logNormal(26, 0.5) * HOUR);
    if (!move('RESOLVED', resolveAt, technician)) return request;
    request.resolvedAt = resolveAt;
  }
  const closeAt = new Date(resolveAt.getTime() + random.logNormal(20, 0.7) * HOUR);
  if (move('CLOSED', closeAt, dispatcher)) request.closedAt = closeAt;
  return request;
}
