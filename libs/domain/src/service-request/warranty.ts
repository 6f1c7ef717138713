import type { WarrantyStatus } from './service-request.types';

/** Last day covered by a warranty of `months` starting on the purchase date (end of the same day-of-month). */
export function warrantyEnd(purchaseDate: string, months: number): string {
  const [year, month, day] = purchaseDate.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(year, month - 1 + months, day));
  const intendedMonth = (((month - 1 + months) % 12) + 12) % 12;
  if (end.getUTCMonth() !== intendedMonth) {
    // The anniversary does not exist (31 Jan + 1 month, 29 Feb + 1 year): cover the whole last month.
    end.setUTCDate(0);
  } else {
    // Otherwise coverage ends the day before the anniversary.
    end.setUTCDate(end.getUTCDate() - 1);
  }
  return end.toISOString().slice(0, 10);
}

/** Warranty status on a local date: in warranty up to and including the warranty end date. */
export function warrantyStatusOn(localDate: string, warrantyEndDate: string | null | undefined): WarrantyStatus {
  if (!warrantyEndDate) return 'UNKNOWN';
  return localDate <= warrantyEndDate ? 'IN_WARRANTY' : 'OUT_OF_WARRANTY';
}
