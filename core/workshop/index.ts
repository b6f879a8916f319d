export * from './ideas';
