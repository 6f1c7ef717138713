export * from './quality.types';
export * from './controlled-document';
export * from './corrective-action';
export * from './internal-audit';
export * from './management-review';
export * from './change-notification';
export * from './enterprise-profile';
