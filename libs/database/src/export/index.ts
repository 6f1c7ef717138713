export * from './export-records';
export type { HeaderLanguage } from './export-spec';
