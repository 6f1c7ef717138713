import { targetsForOutlet, type KpiTargets } from '@stardesk/domain';

/**
 * SQL building blocks the KPI sources and the rollups share: statement parameters, exact durations
 * between instants, and the response, arrival and resolution targets as a relation per outlet.
 */

/** Positional parameters collected while a statement is written. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A target of the record's outlet, else the organisation's. */
export const target = (column: string): string => `COALESCE(ot.${column}, dt.${column})`;

/** Milliseconds between two instants, exact (numeric), so that "exactly on target" is exact. */
export const ms = (to: string, from: string): string => `((extract(epoch FROM ${to}) - extract(epoch FROM ${from})) * 1000)`;
export const minutesBetween = (to: string, from: string): string => `(${ms(to, from)}::float8 / 60000)`;
export const hoursBetween = (to: string, from: string): string => `(${ms(to, from)}::float8 / 3600000)`;
/** `instant + hours` in absolute time (never a calendar day, which would follow the session zone). */
export const plusHours = (instant: string, hours: string): string => `(${instant} + make_interval(secs => (${hours}) * 3600))`;

export const RESPONSE_TARGET_MINUTES = `CASE f.priority WHEN 'URGENT' THEN ${target('resp_urgent')} WHEN 'HIGH' THEN ${target('resp_high')}
  WHEN 'NORMAL' THEN ${target('resp_normal')} ELSE ${target('resp_low')} END`;
export const RESPONSE_DEADLINE = `(f.reported_at + make_interval(secs => (${RESPONSE_TARGET_MINUTES}) * 60))`;

/** The targets as a relation: one row per outlet with overrides, one (outlet_id NULL) for the organisation. */
export function targetsCte(params: SqlParams, targets: KpiTargets): string {
  return `kpi_all_targets AS (SELECT * FROM jsonb_to_recordset(${params.add(JSON.stringify(targetRows(targets)))}::jsonb) AS x(${TARGET_RECORD})),
    kpi_targets AS (SELECT * FROM kpi_all_targets WHERE outlet_id IS NOT NULL),
    kpi_default_targets AS (SELECT * FROM kpi_all_targets WHERE outlet_id IS NULL)`;
}

/** The column list of a targets row for jsonb_to_recordset. */
export const TARGET_RECORD = `outlet_id uuid, resp_urgent float8, resp_high float8, resp_normal float8, resp_low float8, arrival_h float8,
      resolution_h float8, return_d float8, repeat_d float8, c_ack_h float8, c_major_h float8, c_normal_h float8`;

/** The targets as rows: the organisation's (outlet_id null) first, then one per outlet with overrides. */
export function targetRows(targets: KpiTargets): Record<string, string | number | null>[] {
  const row = (outletId: string | null) => {
    const values = targetsForOutlet(targets, outletId);
    return {
      outlet_id: outletId,
      resp_urgent: values.responseMinutes.URGENT,
      resp_high: values.responseMinutes.HIGH,
      resp_normal: values.responseMinutes.NORMAL,
      resp_low: values.responseMinutes.LOW,
      arrival_h: values.arrivalHours,
      resolution_h: values.resolutionHours,
      return_d: values.returnVisitDays,
      repeat_d: values.repeatRepairWindowDays,
      c_ack_h: values.complaintAcknowledgementHours,
      c_major_h: values.complaintResolutionHours.MAJOR,
      c_normal_h: values.complaintResolutionHours.NORMAL,
    };
  };
  return [row(null), ...Object.keys(targets.byOutlet ?? {}).sort().map(row)];
}
