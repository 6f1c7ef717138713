export * from './catalog-versions';
export * from './sql-kpi-source';
export * from './document-source';
export * from './evaluate-assessment';
export * from './sample-records';
export * from './evidence-sources';
