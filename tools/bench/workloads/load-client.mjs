#!/usr/bin/env node
// The load generator of the mutation workload, run as its own process (never inside the API's or the
// harness's event loop): `concurrency` clients each send one request at a time until `count` requests
// are done or `seconds` have passed, and it prints one JSON line: count, errors, seconds, latencies.
// Modes: "graphql" posts createServiceRequest to the API (127.0.0.1 only); "pg" runs the same rows as
// a raw `pg` INSERT loop (customer, request, first event in one transaction), the baseline of the ratio.
import { createRequire } from 'node:module';
import http from 'node:http';

const require = createRequire(import.meta.url);
const config = JSON.parse(process.argv[2]);
const { mode, concurrency, count, seconds, outlets, products, runTag } = config;

const CREATE = `mutation Create($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id code status } }`;

/** The i-th request of this run: spread over outlets and products, a new customer each (as on a hotline). */
function row(i) {
  return {
    type: 'REPAIR',
    channel: 'HOTLINE',
    priority: 'NORMAL',
    outletId: outlets[i % outlets.length],
    productId: products[i % products.length],
    customerName: `压测客户${runTag}-${i}`,
    customerPhone: `17${String((runTag * 7919 + i) % 1e9).padStart(9, '0')}`,
    customerAddress: '上海市浦东新区张江路 1 号',
    faultDescription: '不制冷',
  };
}

function graphqlSender() {
  const target = new URL(config.url);
  if (target.hostname !== '127.0.0.1') throw new Error(`load only against 127.0.0.1, not ${target.hostname}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  return (i) => new Promise((resolve, reject) => {
    const body = JSON.stringify({ query: CREATE, variables: { input: row(i) } });
    const request = http.request({ host: '127.0.0.1', port: target.port, path: '/graphql', method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: config.authorization } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => {
        if (response.statusCode !== 200 || text.includes('"errors"')) reject(new Error(`${response.statusCode} ${text.slice(0, 300)}`));
        else resolve();
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

function pgSender() {
  const { Pool } = require('pg');
  const pool = new Pool({ connectionString: config.databaseUrl, max: concurrency });
  return Object.assign(async (i) => {
    const r = row(i);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows: [customer] } = await client.query(`INSERT INTO customers (org_id, name, phone, address) VALUES ($1, $2, $3, $4) RETURNING id`, [config.orgId, r.customerName, r.customerPhone, r.customerAddress]);
      const { rows: [request] } = await client.query(
        `INSERT INTO service_requests (org_id, code, type, channel, priority, status, customer_id, product_id, outlet_id, fault_description, warranty_status, reported_at)
         VALUES ($1, 'SR' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-' || lpad(nextval('service_request_code_seq')::text, 6, '0'),
                 $2, $3, $4, 'NEW', $5, $6, $7, $8, 'UNKNOWN', now()) RETURNING id`,
        [config.orgId, r.type, r.channel, r.priority, customer.id, r.productId, r.outletId, r.faultDescription]);
      await client.query(`INSERT INTO service_request_events (org_id, request_id, from_status, to_status, at) VALUES ($1, $2, NULL, 'NEW', now())`, [config.orgId, request.id]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }, { close: () => pool.end() });
}

const send = mode === 'pg' ? pgSender() : graphqlSender();
const latencies = [];
const errors = [];
let next = 0;
const started = process.hrtime.bigint();
const until = Date.now() + seconds * 1000;
async function client() {
  while (Date.now() < until) {
    const i = next++;
    if (i >= count) return;
    const begun = process.hrtime.bigint();
    try {
      await send(i);
      latencies.push(Number(process.hrtime.bigint() - begun) / 1e6);
    } catch (error) {
      if (errors.length < 5) errors.push(String(error.message ?? error));
      errors.count = (errors.count ?? 0) + 1;
    }
  }
}
await Promise.all(Array.from({ length: concurrency }, client));
const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
await send.close?.();
process.stdout.write(`${JSON.stringify({ mode, done: latencies.length, failed: errors.count ?? 0, errors, seconds: elapsed, latencies })}\n`);
process.exit(0);
