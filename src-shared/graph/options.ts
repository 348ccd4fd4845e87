/** Activation functions offered for Dense layers (Keras names). */
export const ACTIVATIONS = ['relu', 'sigmoid', 'tanh', 'softmax', 'linear', 'elu', 'selu'] as const;
export type Activation = (typeof ACTIVATIONS)[number];

/** Kernel initializers offered in the inspector (tfjs names; Keras' are their snake_case). */
export const KERNEL_INITIALIZERS = [
  'glorotUniform',
  'glorotNormal',
  'heUniform',
  'heNormal',
  'lecunNormal',
  'zeros',
] as const;
export type KernelInitializer = (typeof KERNEL_INITIALIZERS)[number];

export const OPTIMIZERS = ['adam', 'sgd', 'rmsprop'] as const;
export type Optimizer = (typeof OPTIMIZERS)[number];
