/**
 * SQL expression for a new request code: "SR" + the report date in the organisation's zone + a
 * number from a global sequence, e.g. SR20261123-000042. Used by the API and the demo seed alike.
 * Parameters: $reportedAt (timestamptz) and $timeZone (IANA zone).
 */
export function nextRequestCodeSql(reportedAtParam: string, timeZoneParam: string): string {
  return `'SR' || to_char(${reportedAtParam}::timestamptz AT TIME ZONE ${timeZoneParam}, 'YYYYMMDD') || '-' || lpad(nextval('service_request_code_seq')::text, 6, '0')`;
}
