export * from './shape';
export * from './options';
export * from './layer-spec';
export * from './layer-registry';
export * from './document';
