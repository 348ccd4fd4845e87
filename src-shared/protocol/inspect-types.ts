import type { PipelineOptions, PipelineStepName } from '../imaging/pipeline';
import type { LayerKind } from '../graph/layer-registry';
import type { DatasetSplit } from './engine-types';

/** Which test images the gallery shows: by true class, predicted class and right/wrong. */
export interface GalleryFilter {
  trueLabel?: number;
  predictedLabel?: number;
  correctness?: 'all' | 'correct' | 'wrong';
}

/** Gallery order: dataset order, or by the confidence of the prediction. */
export type GallerySort = 'index' | 'confidence-desc' | 'confidence-asc';

/** One test image as the gallery shows it. */
export interface GalleryItem {
  index: number;
  label: number;
  predicted: number;
  /** Probability of the predicted class. */
  confidence: number;
  /** All class probabilities, summing to 1. */
  probabilities: number[];
  /** 784 bytes 0–255, row-major 28 × 28. */
  pixels: number[];
}

/** One page of the gallery and how many images match the filter in all. */
export interface GalleryPage {
  total: number;
  items: GalleryItem[];
}

/** What one layer hands on for a single image. */
export interface LayerActivation {
  /** The canvas node the layer came from (null when the graph has no such node). */
  nodeId: string | null;
  kind: LayerKind;
  /** tfjs layer name (`dense`, `dense_1`, …); `input` for the image itself. */
  name: string;
  /** Output shape without the batch dimension: `[28, 28]`, `[784]`, `[128]`, `[10]`. */
  shape: number[];
  /** Flattened output values (the Input entry holds the pixels normalised to [0, 1]). */
  values: number[];
}

/** Every layer's output for one dataset image, Input first, Output last. */
export interface ActivationsResult {
  split: DatasetSplit;
  index: number;
  label: number;
  layers: LayerActivation[];
}

/** An RGBA picture sent as base64 bytes (4 per pixel), so large photos stay compact. */
export interface EncodedRgba {
  width: number;
  height: number;
  /** base64 of `width × height × 4` bytes. */
  rgba: string;
}

/** One pipeline step's picture (previews of big steps are scaled down for display). */
export interface PreprocessStep extends EncodedRgba {
  name: PipelineStepName;
}

export interface PreprocessParams extends EncodedRgba {
  options: PipelineOptions;
  /** When set, the 28 × 28 result is also classified by this run's model. */
  runId?: string;
}

export interface PreprocessResult {
  steps: PreprocessStep[];
  /** The 28 × 28 grey levels 0–255 the model sees. */
  pixels: number[];
  /** Class probabilities, or null when no run was given. */
  probabilities: number[] | null;
}
