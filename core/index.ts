export * from './ids';
export * from './labels';
export * from './migrations';
export * from './plan';
export * from './reporting/periods';
export * from './schema';
export * from './status/summary';
export * from './validation';
