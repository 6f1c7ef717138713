/** Vocabulary of on-site visits (上门记录) and the spare parts they use. */
export const VISIT_OUTCOMES = ['FIXED', 'NOT_FIXED', 'NEEDS_PARTS', 'CUSTOMER_ABSENT'] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];

/**
 * How a part moves: CONSUMED leaves the outlet's stock into the customer's product; RETURNED puts an
 * unused part back; RECYCLED records the faulty part taken back for compliant disposal (it never
 * re-enters usable stock); RECEIVED and ADJUSTED are stock-keeping entries outside visits.
 */
export const STOCK_MOVEMENT_KINDS = ['RECEIVED', 'CONSUMED', 'RETURNED', 'RECYCLED', 'ADJUSTED'] as const;
export type StockMovementKind = (typeof STOCK_MOVEMENT_KINDS)[number];
export const VISIT_PART_MOVEMENTS = ['CONSUMED', 'RETURNED', 'RECYCLED'] as const satisfies readonly StockMovementKind[];
export type VisitPartMovement = (typeof VISIT_PART_MOVEMENTS)[number];

/** Change of usable stock for a movement of `quantity` (> 0) parts. */
export function stockDelta(kind: Exclude<StockMovementKind, 'ADJUSTED'>, quantity: number): number {
  switch (kind) {
    case 'RECEIVED':
    case 'RETURNED':
      return quantity;
    case 'CONSUMED':
      return -quantity;
    case 'RECYCLED':
      return 0;
  }
}

/** 三包: a part fitted under warranty is free to the customer but is still moved and costed. */
export function chargeForPart(unitPrice: number, quantity: number, inWarranty: boolean): number {
  return inWarranty ? 0 : Math.round(unitPrice * quantity * 100) / 100;
}
