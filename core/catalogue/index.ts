export * from './catalogueItem';
export * from './measureFromCatalogue';
