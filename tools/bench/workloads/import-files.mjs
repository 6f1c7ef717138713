// Deterministic import files for the import workload (import-format.md): outlets, service requests
// and visits of a year, CSV with BOM. The same count gives the same files.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

function generator(seed) {
  let state = seed;
  const random = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { random, pick: (list) => list[Math.floor(random() * list.length)] };
}

const pad = (n, width = 2) => String(n).padStart(width, '0');
const local = (ms) => {
  const d = new Date(ms + 8 * 3600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};

/** Writes outlets.csv, service_requests.csv and visits.csv into `dir`; returns their paths and counts. */
export function writeImportFiles(dir, requests, seed = 27922) {
  const { random, pick } = generator(seed);
  const outlets = Array.from({ length: 12 }, (_, i) => `OUT-${pad(i + 1)}`);
  const models = Array.from({ length: 40 }, (_, i) => `MODEL-${pad(i + 1, 3)}`);
  const technicians = Array.from({ length: 80 }, (_, i) => `gcs${i + 1}`);
  const start = Date.parse('2025-03-01T00:00:00Z');
  const span = 360 * 24 * 3600_000;
  const outletRows = ['code,name,kind,region,city', ...outlets.map((code, i) => `${code},服务站 ${i + 1},${pick(['OWN', 'PARTNER', 'AGENT'])},R${i % 3},城市${i}`)];
  const requestRows = ['code,type,channel,priority,customer_name,customer_phone,product_model,product_category,serial_no,purchase_date,fault_description,outlet_code,reported_at,acknowledged_at,resolved_at,closed_at,status,reopened'];
  const visitRows = ['request_code,seq,technician,arrived_at,completed_at,outcome,diagnosis,parts'];
  for (let i = 0; i < requests; i++) {
    const code = `SR-B-${pad(i + 1, 7)}`;
    const reported = start + Math.floor(random() * span);
    const ack = reported + Math.floor(random() * 3 * 3600_000);
    const arrived = ack + Math.floor(random() * 20 * 3600_000);
    const resolved = arrived + Math.floor(random() * 4 * 3600_000);
    const closed = resolved + Math.floor(random() * 48 * 3600_000);
    const type = random() < 0.7 ? 'REPAIR' : pick(['INSTALLATION', 'MAINTENANCE', 'DELIVERY']);
    const phone = `13${pad(Math.floor(random() * 60_000), 9)}`;
    const fault = type === 'REPAIR' ? '"不制冷, 有异响"' : '';
    requestRows.push([
      code, type, pick(['HOTLINE', 'APP', 'ONLINE']), 'NORMAL', `客户${i % 60_000}`, phone, pick(models), '空调', `SN${pad(i, 8)}`, '2024-06-01', fault,
      pick(outlets), local(reported), local(ack), local(resolved), local(closed), 'CLOSED', 'false',
    ].join(','));
    if (i % 5 !== 4) visitRows.push([code, 1, pick(technicians), local(arrived), local(resolved), 'FIXED', '更换电容', random() < 0.3 ? 'CAP-35*1;FAN-2*1' : ''].join(','));
  }
  const sets = { outlets: outletRows, service_requests: requestRows, visits: visitRows };
  const files = [];
  for (const [name, rows] of Object.entries(sets)) {
    const file = path.join(dir, `${name}.csv`);
    writeFileSync(file, `\uFEFF${rows.join('\r\n')}\r\n`);
    files.push(file);
  }
  return { files, requests, visits: visitRows.length - 1 };
}
