export * from './domainLabels';
