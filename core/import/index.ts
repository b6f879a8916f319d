export * from './importPreview';
