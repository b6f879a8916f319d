export * from './checkPlan';
export * from './finding';
export * from './score';
export * from './verbs';
export * from './vocabulary';
