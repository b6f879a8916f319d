export * from './ideas';
export * from './openQuestions';
