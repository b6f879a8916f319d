export * from './importPreview';
export * from './measureRows';
