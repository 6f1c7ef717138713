export * from './catalog-versions';
export * from './computed-kpi-source';
export * from './document-source';
export * from './evaluate-assessment';
export * from './kpi-targets.loader';
export * from './sample-records';
export * from './evidence-sources';
