export * from './account-store';
export * from './password-hash';
