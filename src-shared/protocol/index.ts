export * from './result';
export * from './codes';
export * from './engine-types';
export * from './messages';
