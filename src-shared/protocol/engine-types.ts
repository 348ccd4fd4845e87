/** The tfjs backend the engine trains on, best first. */
export type BackendName = 'tensorflow' | 'wasm' | 'cpu';

export interface EngineInfo {
  backend: BackendName;
  /**
   * Threads that train networks of Dense layers (Camadas' parallel trainer); null when the
   * backend trains them itself (tensorflow) or the trainer is unavailable.
   */
  trainingThreads: number | null;
  tfjsVersion: string;
  engineVersion: string;
  pid: number;
}

export type DatasetSplit = 'train' | 'test';

/** Where the Fashion-MNIST files were found, first that works. */
export type DatasetSourceKind = 'env' | 'explicit' | 'cache' | 'system' | 'download';

export interface DatasetStatus {
  available: boolean;
  source: DatasetSourceKind | null;
  dir: string | null;
  trainCount: number;
  testCount: number;
  /** Images per class in each split, indexed by label. */
  classCounts: { train: number[]; test: number[] } | null;
}

/** One image of the dataset: 784 bytes 0–255, row-major 28 × 28. */
export interface DatasetImage {
  split: DatasetSplit;
  index: number;
  label: number;
  pixels: number[];
}

export interface EpochMetrics {
  /** 1-based: the epoch just completed. */
  epoch: number;
  epochs: number;
  loss: number;
  accuracy: number;
  valLoss: number | null;
  valAccuracy: number | null;
  samplesPerSecond: number;
  elapsedMs: number;
  etaMs: number;
}

export interface BatchMetrics {
  /** 1-based: the epoch in progress. */
  epoch: number;
  epochs: number;
  /** 0-based index (as tfjs counts) of the batch just finished within the epoch. */
  batch: number;
  batchesPerEpoch: number;
  loss: number;
  accuracy: number;
  samplesPerSecond: number;
  elapsedMs: number;
  etaMs: number;
}

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Results on the 10,000 test images. */
export interface Evaluation {
  testLoss: number;
  testAccuracy: number;
  sampleCount: number;
  /** `confusionMatrix[true][predicted]` counts. */
  confusionMatrix: number[][];
  perClass: ClassMetrics[];
}

export type TrainPhase = 'loading-data' | 'compiling' | 'training' | 'evaluating' | 'done';

export type RunStatus = 'completed' | 'stopped';

export interface TrainResult {
  runId: string;
  status: RunStatus;
  backend: BackendName;
  epochsCompleted: number;
  history: EpochMetrics[];
  trainSamples: number;
  validationSamples: number;
  durationMs: number;
  samplesPerSecond: number;
  params: number;
  evaluation: Evaluation | null;
}

export type ExportFormat = 'tfjs' | 'h5' | 'python' | 'js' | 'reports';
