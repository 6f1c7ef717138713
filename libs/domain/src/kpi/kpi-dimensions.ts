import type { KpiLookup, KpiScope } from './kpi-context';
import type { KpiComplaintRecord, KpiRequestRecord, KpiStaffRecord } from './kpi-records';
import { firstVisit } from './request-kpis';

/**
 * Which row of a breakdown each record belongs to. Every record gets exactly one key (null when it
 * has no value for the dimension), so the rows partition the scope and their counts add up.
 */
export const KPI_RECORD_DIMENSIONS = ['region', 'outlet', 'productCategory', 'productModel', 'technician', 'channel', 'priority'] as const;
export type KpiRecordDimension = (typeof KPI_RECORD_DIMENSIONS)[number];

/** The row key of a request; by technician, the technician of its first visit. */
export function requestDimensionValue(request: KpiRequestRecord, dimension: KpiRecordDimension): string | null {
  switch (dimension) {
    case 'region':
      return request.regionId;
    case 'outlet':
      return request.outletId;
    case 'productCategory':
      return request.productCategory;
    case 'productModel':
      return request.productModel;
    case 'technician':
      return firstVisit(request)?.technicianId ?? null;
    case 'channel':
      return request.channel;
    case 'priority':
      return request.priority;
  }
}

function linkedRequestValue(lookup: KpiLookup, requestId: string | null, dimension: KpiRecordDimension): string | null {
  const request = requestId === null ? undefined : lookup.requestsById.get(requestId);
  return request === undefined ? null : requestDimensionValue(request, dimension);
}

/** A complaint's own outlet and region (who handles it); everything else from the request it is about. */
export function complaintDimensionValue(complaint: KpiComplaintRecord, dimension: KpiRecordDimension, lookup: KpiLookup): string | null {
  if (dimension === 'outlet') return complaint.outletId;
  if (dimension === 'region') return complaint.regionId;
  return linkedRequestValue(lookup, complaint.requestId, dimension);
}

/** Staff fall in their home outlet and region, technicians in their own row; no product or channel. */
export function staffDimensionValue(staff: KpiStaffRecord, dimension: KpiRecordDimension): string | null {
  switch (dimension) {
    case 'outlet':
      return staff.outletId;
    case 'region':
      return staff.regionId;
    case 'technician':
      return staff.role === 'TECHNICIAN' ? staff.id : null;
    case 'productCategory':
    case 'productModel':
    case 'channel':
    case 'priority':
      return null;
  }
}

function emptyScope(): { -readonly [K in keyof KpiScope]: KpiScope[K][number][] } {
  return { requests: [], ratings: [], surveyInvitations: [], complaints: [], staff: [] };
}

/** Splits a scope into one scope per dimension value; keys appear only when some record has them. */
export function partitionScope(scope: KpiScope, lookup: KpiLookup, dimension: KpiRecordDimension): Map<string | null, KpiScope> {
  const parts = new Map<string | null, ReturnType<typeof emptyScope>>();
  const part = (key: string | null): ReturnType<typeof emptyScope> => {
    let found = parts.get(key);
    if (!found) {
      found = emptyScope();
      parts.set(key, found);
    }
    return found;
  };
  for (const request of scope.requests) part(requestDimensionValue(request, dimension)).requests.push(request);
  for (const rating of scope.ratings) part(linkedRequestValue(lookup, rating.requestId, dimension)).ratings.push(rating);
  for (const invitation of scope.surveyInvitations) {
    part(linkedRequestValue(lookup, invitation.requestId, dimension)).surveyInvitations.push(invitation);
  }
  for (const complaint of scope.complaints) part(complaintDimensionValue(complaint, dimension, lookup)).complaints.push(complaint);
  for (const staff of scope.staff) part(staffDimensionValue(staff, dimension)).staff.push(staff);
  return parts;
}
