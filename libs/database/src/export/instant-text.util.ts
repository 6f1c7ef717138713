/**
 * PostgreSQL's text of a timestamptz (DateStyle ISO, in the session's time zone: `2026-01-02
 * 10:11:12.345678+08`) as the export's instant cell (formatInstantCell: `2026-01-02T10:11:12.345+08:00`,
 * milliseconds only when there are some). Rewriting the text the server already wrote in the zone
 * costs a fraction of parsing a Date and finding the zone's offset again, for millions of cells.
 */
export function instantCellFromPostgres(text: string): string {
  const match = /^(\d{4,}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?([+-]\d{2})(?::(\d{2}))?$/.exec(text);
  // Offsets with seconds (historical local mean time), infinity, BC: left as the server wrote them.
  if (!match) return text;
  const milliseconds = (match[3] ?? '').padEnd(3, '0').slice(0, 3);
  return `${match[1]}T${match[2]}${milliseconds === '000' ? '' : `.${milliseconds}`}${match[4]}:${match[5] ?? '00'}`;
}
