export * from './kpi-fact-triggers';
export * from './kpi-rollups';
export * from './kpi-sql-engine';
export { SqlParams } from './kpi-sql-expressions';
export type { KpiDimensionFilters } from './kpi-sql-sources';
export * from './kpi-targets.loader';
export { KPI_DURATION_BUCKET_BOUNDS } from './kpi-duration-buckets';
