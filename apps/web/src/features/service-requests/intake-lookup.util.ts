import { isValidPhone, normalisePhone } from '@stardesk/domain';
import type { OpenRequestsMatchingQuery, UnitsBySerialQuery } from '../../gql/graphql';

export type FoundUnit = UnitsBySerialQuery['productUnits']['edges'][number]['node'];
export type OpenRequestMatch = OpenRequestsMatchingQuery['serviceRequests']['edges'][number]['node'];

/** The phone to look a caller up by, or null while what was typed is not a whole valid number yet. */
export function lookupPhone(raw: string | null | undefined): string | null {
  const value = raw?.trim() ?? '';
  return value && isValidPhone(value) ? normalisePhone(value) : null;
}

/** The serial to look a unit up by: at least 4 characters, so a half-typed serial does not list every unit. */
export function lookupSerial(raw: string | null | undefined): string | null {
  const value = raw?.trim() ?? '';
  return value.length >= 4 ? value : null;
}

/** The unit whose serial is exactly the one typed (case-insensitive), else null: a prefix match is not this unit. */
export function exactUnit(units: readonly FoundUnit[], serial: string): FoundUnit | null {
  const wanted = serial.trim().toUpperCase();
  return units.find((unit) => unit.serialNo.toUpperCase() === wanted) ?? null;
}

/**
 * Open requests that may be the same job: same caller (phone) or same unit (serial), each listed once,
 * newest first. `search` of the API matches the start of a phone or serial, so results are checked here.
 */
export function duplicateCandidates(
  byPhone: readonly OpenRequestMatch[],
  bySerial: readonly OpenRequestMatch[],
  phone: string | null,
  serial: string | null,
): OpenRequestMatch[] {
  const seen = new Set<string>();
  const result: OpenRequestMatch[] = [];
  const samePhone = (request: OpenRequestMatch) => phone !== null && normalisePhone(request.customer.phone) === phone;
  const sameSerial = (request: OpenRequestMatch) => serial !== null && (request.serialNo ?? '').toUpperCase() === serial.toUpperCase();
  for (const request of [...byPhone.filter(samePhone), ...bySerial.filter(sameSerial)]) {
    if (seen.has(request.id)) continue;
    seen.add(request.id);
    result.push(request);
  }
  return result.sort((a, b) => b.reportedAt.localeCompare(a.reportedAt));
}
