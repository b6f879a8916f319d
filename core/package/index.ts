export * from './packageFile';
export * from './planDiff';
export * from './planDiffSchema';
export * from './startingPoint';
