export * from './create';
export * from './errors';
export * from './focusAreas';
export * from './list';
export * from './measures';
export * from './numbering';
export * from './template';
export * from './units';
