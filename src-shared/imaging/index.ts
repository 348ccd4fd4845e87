export * from './image';
export * from './steps';
export * from './pipeline';
