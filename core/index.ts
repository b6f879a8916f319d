export * from './ids';
export * from './migrations';
export * from './plan';
export * from './schema';
export * from './validation';
