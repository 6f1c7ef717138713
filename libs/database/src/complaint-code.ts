/**
 * SQL expression for a new complaint code: "CP" + the receipt date in the organisation's zone + a
 * number from the complaints' own sequence, e.g. CP20261123-000042 (the same scheme as request codes).
 * Parameters: $receivedAt (timestamptz) and $timeZone (IANA zone).
 */
export function nextComplaintCodeSql(receivedAtParam: string, timeZoneParam: string): string {
  return `'CP' || to_char(${receivedAtParam}::timestamptz AT TIME ZONE ${timeZoneParam}, 'YYYYMMDD') || '-' || lpad(nextval('complaint_code_seq')::text, 6, '0')`;
}
