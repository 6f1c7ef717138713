const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else names no record, and must not reach a uuid-typed SQL parameter. */
export function isUuid(value: string | null | undefined): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Field errors for ids of a list filter that cannot name a record (`filter.outletIds.2`). */
export function unknownIdErrors(field: string, ids: readonly string[] | null | undefined): { field: string; code: 'notFound' }[] {
  return (ids ?? []).flatMap((id, index) => (isUuid(id) ? [] : [{ field: `${field}.${index}`, code: 'notFound' as const }]));
}
