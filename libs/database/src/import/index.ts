export * from './import-source';
export * from './import-session';
export * from './import-records';
