#!/usr/bin/env node
// The seed's generator alone, without a database: what `stardesk seed` does per day (requests, events,
// activity, KPI facts) with every row encoded to COPY bytes and dropped, so the generator's CPU and memory
// can be measured and profiled apart from PostgreSQL's (the harness's seed figure has both).
// Usage: npx tsc -b apps/cli/tsconfig.app.json && node [--cpu-prof] [--max-semi-space-size=32] tools/bench/generator-cpu.mjs [requests=200000]
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const seedDist = path.resolve(import.meta.dirname, '../../libs/database/dist/seed');
const load = (module) => require(path.join(seedDist, module));
const { generateDemoDays } = load('demo-generator.js');
const { generateActivity } = load('demo-activity.js');
const { DemoActivityWriter } = load('demo-activity-writer.js');
const { demoFactRows } = load('demo-facts.js');
const { demoNetwork } = load('demo-network.js');
const { DEMO_PRODUCTS } = load('demo-catalogue.js');
const { CopyBuffer } = load('copy-buffer.js');
const { SeededRandom } = load('random.js');
const { localDateOf } = require('@stardesk/domain');

const requests = Number(process.argv[2] ?? 200_000);
const seed = 27922;
const now = new Date('2026-11-23T19:00:00Z');
const timeZone = 'Asia/Shanghai';
// A digest of every byte, so that a change meant to keep the data can be checked to keep it.
const digest = createHash('sha256');
const buffer = new CopyBuffer();
let rows = 0;
let bytes = 0;
const drain = () => {
  for (const piece of buffer.take()) {
    bytes += piece.length;
    digest.update(piece);
  }
};
const copy = {
  add(_table, values) {
    buffer.addRow(values);
    rows++;
    if (buffer.bytes > 8 * 1024 * 1024) drain();
  },
};

// Master data as the seed draws it (ids only: the rows themselves are a few hundred).
const outlets = demoNetwork(requests, seed + 4);
const random = new SeededRandom(seed);
const outletIds = new Map(outlets.map((outlet) => [outlet.code, random.uuid()]));
const productIds = new Map(DEMO_PRODUCTS.map((product) => [product.model, random.uuid()]));
const staffIds = new Map();
for (const outlet of outlets) {
  staffIds.set(`${outlet.code.toLowerCase()}.kefu`, random.uuid());
  for (let index = 0; index < outlet.technicians; index++) staffIds.set(`${outlet.code.toLowerCase()}.gcs${index + 1}`, random.uuid());
}
let code = 0;
const codes = { next: () => String(++code).padStart(6, '0') };
const orgId = random.uuid();
const ids = { orgId, timeZone, outletIds, staffIds, yearStart: new Date(now.getTime() - 366 * 86_400_000) };
const activity = new DemoActivityWriter(null, copy, ids, codes, seed + 3);
const activityRandom = new SeededRandom(seed + 2);
const categoryOf = (model) => DEMO_PRODUCTS.find((product) => product.model === model).category;

const cpuBefore = process.cpuUsage();
const startedAt = performance.now();
for (const day of generateDemoDays({ seed: seed + 1, requests, now, timeZone, outlets })) {
  for (const c of day.customers) copy.add('customers', [c.id, orgId, c.name, c.phone, c.address, c.createdAt]);
  for (const u of day.units) copy.add('product_units', [u.id, orgId, productIds.get(u.productModel), u.customerId, u.serialNo, u.purchaseDate, u.warrantyEnd]);
  for (const r of day.requests) {
    copy.add('service_requests', [
      r.id, orgId, `SR${localDateOf(r.reportedAt, timeZone).replace(/-/g, '')}-${codes.next()}`, r.type, r.channel, r.priority, r.status, r.customerId,
      productIds.get(r.productModel), r.unitId, outletIds.get(r.outletCode), r.faultDescription, r.warrantyStatus, r.reportedAt, r.acknowledgedAt,
      r.resolvedAt, r.closedAt, r.cancelledAt, r.reopenCount, r.reportedAt, r.closedAt ?? r.resolvedAt ?? r.reportedAt, r.technicianLogin ? staffIds.get(r.technicianLogin) : null,
    ]);
  }
  for (const e of day.events) copy.add('service_request_events', [e.id, orgId, e.requestId, e.from, e.to, e.at, e.actorLogin ? staffIds.get(e.actorLogin) : null, e.note]);
  const work = generateActivity(day, categoryOf, activityRandom, now);
  const ratings = activity.writeDay(day, work);
  for (const fact of demoFactRows(day, work, ratings, { orgId, outletIds, productIds, staffIds })) copy.add('kpi_request_facts', fact);
}
drain();
const cpu = process.cpuUsage(cpuBefore);
console.log(JSON.stringify({
  requests,
  rows,
  megabytes: Math.round(bytes / 1e6),
  wallSeconds: Math.round(performance.now() - startedAt) / 1000,
  cpuSeconds: Math.round((cpu.user + cpu.system) / 1000) / 1000,
  peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  sha256: digest.digest('hex'),
}));
