export * from './messages';
export * from './resources';
export * from './format';
