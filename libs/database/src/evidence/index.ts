export * from './build-evidence-package';
export * from './evidence-assessment';
export * from './evidence-period';
export * from './manifest';
export * from './signing-key';
export * from './verify-evidence-package';
export * from './pdf';
