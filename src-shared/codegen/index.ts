export * from './keras-python';
export * from './keras-initializers';
export * from './tfjs-snippet';
