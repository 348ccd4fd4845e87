import type { LayerBuilder } from './types';

/** Input adds no layer: its shape is handed to the next layer as `inputShape`. */
export const buildInput: LayerBuilder<'input'> = () => null;
