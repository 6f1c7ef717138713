// The best hand-written SQL for the dashboard KPI query of the benchmark (12 whole months, one outlet,
// monthly trend with its total): what a developer who knows the schema would write for exactly this
// query, using every structure the engine uses — the daily rollups, the duration histograms (MONTH rows:
// the period is whole months) with the exact lookup inside one bucket, and the same fact indexes — and
// covering the same figures as the dashboard: request KPIs, the late unacknowledged requests, complaints,
// survey invitations and staff. Targets are the organisation's defaults (the demo data set has no outlet
// overrides), written in as constants, which the engine cannot do.

const ZONE = 'Asia/Shanghai';
const LOCAL = (column) => `to_char((${column} AT TIME ZONE '${ZONE}')::date, 'YYYY-MM')`;
const WINDOW = (column) => `${column} >= ($3::date::timestamp AT TIME ZONE '${ZONE}') AND ${column} < ($4::date::timestamp AT TIME ZONE '${ZONE}')`;

const SUMS = `SELECT to_char(day, 'YYYY-MM') AS k, sum(rep_n) AS rep_n, sum(ack_n) AS ack_n, sum(ack_us) AS ack_us, sum(resp_ok) AS resp_ok,
    sum(arr_pop) AS arr_pop, sum(arr_ok) AS arr_ok, sum(res_n) AS res_n, sum(res_us) AS res_us, sum(repair_n) AS repair_n, sum(ftf_ok) AS ftf_ok,
    sum(repeat_ok) AS repeat_ok, sum(closed_n) AS closed_n, sum(rv_ok) AS rv_ok, sum(rating_n) AS rating_n, sum(csat_ok) AS csat_ok,
    sum(rating_sum) AS rating_sum, sum(nps_n) AS nps_n, sum(promoters) AS promoters, sum(detractors) AS detractors, sum(csi_n) AS csi_n, sum(csi_sum) AS csi_sum
  FROM kpi_daily_rollups WHERE org_id = $1 AND dimension = 'OUTLET' AND dim_value = $2 AND day >= $3::date AND day < $4::date
  GROUP BY GROUPING SETS ((), (1))`;

const HISTOGRAMS = `SELECT to_char(day, 'YYYY-MM') AS k, measure, bucket, sum(n)::int8 AS n FROM kpi_duration_histograms
  WHERE org_id = $1 AND dimension = 'OUTLET' AND dim_value = $2 AND span = 'MONTH' AND day >= $3::date AND day < $4::date
  GROUP BY GROUPING SETS ((measure, bucket), (1, measure, bucket)) ORDER BY 2, 1, 3`;

/** The value at a rank inside one bucket of one month (or of the period), for both measures in one statement. */
const LOOKUPS = `SELECT t.i, CASE t.measure
    WHEN 'RESPONSE' THEN (SELECT extract(epoch FROM f.acknowledged_at - f.reported_at) / 60 FROM kpi_request_facts f
      WHERE f.org_id = $1 AND f.outlet_id = $2 AND NOT f.cancelled AND f.acknowledged_at IS NOT NULL
        AND kpi_duration_bucket(f.reported_at, f.acknowledged_at) = t.bucket
        AND f.reported_at >= (t.from_day::timestamp AT TIME ZONE '${ZONE}') AND f.reported_at < (t.to_day::timestamp AT TIME ZONE '${ZONE}')
      ORDER BY f.acknowledged_at - f.reported_at OFFSET t.rank - 1 LIMIT 1)
    ELSE (SELECT extract(epoch FROM f.resolved_at - f.reported_at) / 3600 FROM kpi_request_facts f
      WHERE f.org_id = $1 AND f.outlet_id = $2 AND NOT f.cancelled AND f.resolved_at IS NOT NULL
        AND kpi_duration_bucket(f.reported_at, f.resolved_at) = t.bucket
        AND f.resolved_at >= (t.from_day::timestamp AT TIME ZONE '${ZONE}') AND f.resolved_at < (t.to_day::timestamp AT TIME ZONE '${ZONE}')
      ORDER BY f.resolved_at - f.reported_at OFFSET t.rank - 1 LIMIT 1) END AS v
  FROM unnest($3::int[], $4::text[], $5::int[], $6::int[], $7::date[], $8::date[]) AS t(i, measure, bucket, rank, from_day, to_day)`;

const LATE = `SELECT ${LOCAL('reported_at')} AS k, count(*) AS late FROM kpi_request_facts
  WHERE org_id = $1 AND outlet_id = $2 AND acknowledged_at IS NULL AND NOT cancelled AND ${WINDOW('reported_at')}
    AND $5::timestamptz > reported_at + CASE priority WHEN 'URGENT' THEN 30 WHEN 'HIGH' THEN 60 WHEN 'NORMAL' THEN 120 ELSE 240 END * interval '1 minute'
  GROUP BY GROUPING SETS ((), (1))`;

const COMPLAINTS = `SELECT ${LOCAL('received_at')} AS k, count(*) AS received, NULL::int8 AS closed, NULL::int8 AS timely, NULL::int8 AS accepted,
    NULL::float8 AS mean_h, NULL::float8[] AS p
  FROM complaints WHERE org_id = $1 AND outlet_id = $2 AND ${WINDOW('received_at')} GROUP BY GROUPING SETS ((), (1))
  UNION ALL
  SELECT ${LOCAL('closed_at')}, NULL, count(*),
    count(*) FILTER (WHERE acknowledged_at <= received_at + interval '24 hours'
      AND closed_at <= received_at + CASE severity WHEN 'MAJOR' THEN interval '72 hours' ELSE interval '168 hours' END),
    count(*) FILTER (WHERE customer_accepted), avg(extract(epoch FROM closed_at - received_at) / 3600)::float8,
    percentile_disc(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - received_at) / 3600)
  FROM complaints WHERE org_id = $1 AND outlet_id = $2 AND ${WINDOW('closed_at')} GROUP BY GROUPING SETS ((), (1))`;

const INVITATIONS = `SELECT ${LOCAL('i.sent_at')} AS k, count(*) AS sent, count(*) FILTER (WHERE i.answered_at <= i.expires_at) AS answered
  FROM survey_invitations i JOIN kpi_request_facts f ON f.request_id = i.request_id AND NOT f.cancelled
  WHERE i.org_id = $1 AND f.outlet_id = $2 AND ${WINDOW('i.sent_at')} GROUP BY GROUPING SETS ((), (1))`;

/** Staff of the outlet (home outlet: the first of theirs) at the end of each month and of the period. */
const STAFF = `SELECT b.k, count(*) FILTER (WHERE s.role = 'TECHNICIAN') AS technicians,
    count(*) FILTER (WHERE s.role = 'TECHNICIAN' AND EXISTS (SELECT 1 FROM qualifications q WHERE q.org_id = s.org_id AND q.staff_id = s.id
      AND q.valid_from <= b.last_day AND (q.valid_until IS NULL OR q.valid_until >= b.last_day))) AS certified,
    count(*) AS head_count,
    sum((SELECT COALESCE(sum(t.hours), 0) FROM training_attendances a JOIN trainings t ON t.id = a.training_id
      WHERE a.org_id = s.org_id AND a.staff_id = s.id AND t.date >= b.from_day AND t.date <= b.last_day)) AS training_hours
  FROM staff s
  JOIN LATERAL (SELECT so.outlet_id FROM staff_outlets so WHERE so.staff_id = s.id ORDER BY so.outlet_id LIMIT 1) h ON h.outlet_id = $2
  CROSS JOIN (SELECT NULL::text AS k, $3::date AS from_day, $4::date - 1 AS last_day
              UNION ALL SELECT to_char(m, 'YYYY-MM'), m::date, (m + interval '1 month')::date - 1 FROM generate_series($3::date, $4::date - 1, interval '1 month') m) b
  WHERE s.org_id = $1 AND s.active GROUP BY b.k`;

/** Nearest rank (percentile_disc): the bucket holding each percentile's rank and the rank inside it. */
function locate(rows, from, to) {
  const groups = new Map();
  for (const row of rows) {
    const id = `${row.measure}|${row.k}`;
    if (!groups.has(id)) groups.set(id, { measure: row.measure, k: row.k, buckets: [] });
    groups.get(id).buckets.push([row.bucket, Number(row.n)]);
  }
  const lookups = [];
  for (const group of groups.values()) {
    const n = group.buckets.reduce((sum, [, count]) => sum + count, 0);
    const monthFrom = group.k === null ? from : `${group.k}-01`;
    const monthTo = group.k === null ? to : new Date(Date.UTC(Number(group.k.slice(0, 4)), Number(group.k.slice(5, 7)), 1)).toISOString().slice(0, 10);
    for (const percent of [50, 90]) {
      const rank = Math.max(1, Math.ceil((percent * n) / 100));
      let before = 0;
      for (const [bucket, count] of group.buckets) {
        if (before + count >= rank) {
          lookups.push({ measure: group.measure, bucket, rank: rank - before, from: monthFrom, to: monthTo });
          break;
        }
        before += count;
      }
    }
  }
  return lookups;
}

/** Runs the dashboard's statements on the pool: everything that does not wait on the histograms in parallel with them. */
export function handWrittenDashboard(dataSource, orgId, outletId, from, to) {
  const params = [orgId, outletId, from, to];
  const percentiles = async () => {
    const lookups = locate(await dataSource.query(HISTOGRAMS, params), from, to);
    return dataSource.query(LOOKUPS, [orgId, outletId, lookups.map((_, i) => i), lookups.map((l) => l.measure), lookups.map((l) => l.bucket),
      lookups.map((l) => l.rank), lookups.map((l) => l.from), lookups.map((l) => l.to)]);
  };
  return () =>
    Promise.all([
      dataSource.query(SUMS, params),
      percentiles(),
      dataSource.query(LATE, [...params, new Date().toISOString()]),
      dataSource.query(COMPLAINTS, params),
      dataSource.query(INVITATIONS, params),
      dataSource.query(STAFF, params),
    ]);
}
