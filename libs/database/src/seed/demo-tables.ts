import type { CopyTable } from './copy-writer';
import { DEMO_FACT_COLUMNS } from './demo-facts';

/**
 * The tables the demo generator fills, with their columns, parents before children: CopyWriter flushes
 * in this order so every foreign key already has its row.
 */
export const DEMO_TABLES = {
  regions: ['id', 'org_id', 'code', 'name'],
  outlets: ['id', 'org_id', 'region_id', 'code', 'name', 'kind', 'city', 'address'],
  staff: ['id', 'org_id', 'login', 'name', 'role'],
  staff_outlets: ['staff_id', 'outlet_id', 'org_id'],
  products: ['id', 'org_id', 'model', 'name', 'category', 'warranty_months', 'hazardous'],
  spare_parts: ['id', 'org_id', 'part_no', 'name', 'price', 'unit_cost'],
  customers: ['id', 'org_id', 'name', 'phone', 'address', 'created_at'],
  product_units: ['id', 'org_id', 'product_id', 'customer_id', 'serial_no', 'purchase_date', 'warranty_end'],
  service_requests: [
    'id', 'org_id', 'code', 'type', 'channel', 'priority', 'status', 'customer_id', 'product_id', 'unit_id', 'outlet_id', 'fault_description',
    'warranty_status', 'reported_at', 'acknowledged_at', 'resolved_at', 'closed_at', 'cancelled_at', 'reopen_count', 'created_at', 'updated_at', 'technician_id',
  ],
  service_request_events: ['id', 'org_id', 'request_id', 'from_status', 'to_status', 'at', 'actor_id', 'note'],
  visits: ['id', 'org_id', 'request_id', 'seq', 'technician_id', 'arrived_at', 'completed_at', 'outcome', 'diagnosis', 'confirmed_by'],
  stock_movements: ['id', 'org_id', 'outlet_id', 'part_id', 'visit_id', 'kind', 'quantity', 'unit_cost', 'charged_amount', 'faulty_serial', 'replacement_serial', 'at'],
  part_stock: ['org_id', 'outlet_id', 'part_id', 'quantity'],
  complaints: [
    'id', 'org_id', 'code', 'request_id', 'customer_id', 'outlet_id', 'channel', 'severity', 'category', 'description', 'status', 'received_at',
    'acknowledged_at', 'closed_at', 'escalation_level', 'resolution', 'customer_accepted',
  ],
  complaint_events: ['org_id', 'complaint_id', 'action', 'from_status', 'to_status', 'from_level', 'to_level', 'at', 'note'],
  return_visits: ['id', 'org_id', 'request_id', 'closed_at', 'due_at', 'status', 'attempt_count', 'done_at', 'method', 'outcome', 'rating', 'recommend', 'comment'],
  return_visit_attempts: ['org_id', 'return_visit_id', 'seq', 'at', 'method', 'outcome'],
  survey_responses: ['id', 'org_id', 'request_id', 'return_visit_id', 'source', 'submitted_at', 'overall', 'recommend', 'factor_scores', 'comment'],
  // Written by a bulk seed only (row triggers off); otherwise the triggers keep them (see demo-facts.ts).
  kpi_request_facts: DEMO_FACT_COLUMNS,
  qualifications: ['id', 'org_id', 'staff_id', 'certificate_type', 'certificate_no', 'issuer', 'valid_from', 'valid_until'],
  trainings: ['id', 'org_id', 'course', 'date', 'hours', 'trainer'],
  training_attendances: ['id', 'org_id', 'training_id', 'staff_id', 'score', 'passed'],
} as const satisfies Record<string, readonly string[]>;

export type DemoTable = keyof typeof DEMO_TABLES;

export const DEMO_COPY_TABLES: readonly CopyTable[] = Object.entries(DEMO_TABLES).map(([table, columns]) => ({ table, columns }));
