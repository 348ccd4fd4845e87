export * from './project-document';
export * from './migrate-project';
export * from './parse-project';
export * from './serialize-project';
