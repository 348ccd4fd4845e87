import type { Messages } from '../messages';

// `layers.<kind>.name|summary|help`, `layers.<kind>.params.<param>.label|help`,
// `layers.activations.<name>`, `layers.initializers.<name>`.
const useBias = {
  label: 'Use bias',
  help: 'Adds one extra number per unit that the layer learns, so a unit can be active even when its inputs are all zero. Usually left on.',
};
const kernelInitializer = {
  label: 'Starting weights',
  help: 'How the weights are filled in before training starts. Training then adjusts them; the default works well for most models.',
};

export const layers: Messages = {
  input: {
    name: 'Input',
    summary: 'Where the 28 × 28 images enter the model.',
    help: 'The first layer: it receives each Fashion-MNIST image, a grid of 28 × 28 pixels. It learns nothing, it only says what shape the data has.',
  },
  flatten: {
    name: 'Flatten',
    summary: 'Turns the 28 × 28 image into one row of 784 numbers.',
    help: 'Lays the 28 rows of the image side by side, turning the 28 × 28 image into one row of 784 numbers. Dense layers need their input as one row; Flatten learns nothing.',
  },
  dense: {
    name: 'Dense',
    summary: 'Every input connected to every unit: the layer that learns.',
    help: 'Each unit looks at all the numbers it receives, multiplies each by a weight, adds them up and passes the result through an activation. Training adjusts those weights.',
    params: {
      units: {
        label: 'Units',
        help: 'How many neurons the layer has; it outputs one number per unit. More units can learn more, but train slower and may memorise the training images.',
      },
      activation: {
        label: 'Activation',
        help: 'The function each unit applies to its sum before passing it on. relu is a good default for hidden layers.',
      },
      useBias,
      kernelInitializer,
    },
  },
  dropout: {
    name: 'Dropout',
    summary: 'Switches off some inputs at random while training.',
    help: 'During training it sets a random part of its inputs to zero at each step, so the model cannot rely on any single unit and memorises less. When predicting it lets everything through; it learns nothing.',
    params: {
      rate: {
        label: 'Rate',
        help: 'The fraction of inputs switched off at each training step, from 0 (none) up to, but not including, 1. 0.2 switches off one in five.',
      },
    },
  },
  output: {
    name: 'Output',
    summary: 'The answer: one probability per clothing class.',
    help: 'The last layer: a Dense layer with one unit per class (10 for Fashion-MNIST) and softmax, so it gives a probability for each class and they add up to 1.',
    params: { useBias, kernelInitializer },
  },
  activations: {
    relu: 'relu: keeps positive values and turns negative ones into 0. Simple, fast and the usual choice for hidden layers.',
    sigmoid: 'sigmoid: squeezes any number into the range 0 to 1.',
    tanh: 'tanh: squeezes any number into the range −1 to 1.',
    softmax: 'softmax: turns a list of numbers into probabilities that add up to 1. Used in the output layer.',
    linear: 'linear: passes the sum on unchanged (no activation).',
    elu: 'elu: like relu, but negative values curve smoothly towards −1 instead of stopping at 0.',
    selu: 'selu: a scaled elu that keeps the numbers in a steady range through deep stacks of layers.',
  },
  initializers: {
    glorotUniform: 'Glorot uniform: small random weights sized to the layer. The Keras default.',
    glorotNormal: 'Glorot normal: like Glorot uniform, drawn from a bell curve.',
    heUniform: 'He uniform: random weights sized for relu layers.',
    heNormal: 'He normal: like He uniform, drawn from a bell curve.',
    lecunNormal: 'LeCun normal: random weights sized for selu layers.',
    zeros: 'Zeros: every weight starts at 0. The units then all learn the same thing, so this is shown only to try it.',
  },
};
