import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { DatasetSplit } from '../../src-shared/protocol/engine-types';
import type { GalleryFilter, GallerySort } from '../../src-shared/protocol/inspect-types';
import type { PipelineOptions } from '../../src-shared/imaging/pipeline';
import { DEFAULT_PIPELINE_OPTIONS } from '../../src-shared/imaging/pipeline';

export type InspectSection = 'dataset' | 'predictions' | 'gallery' | 'layers' | 'tryImage';
export type MatrixMode = 'counts' | 'normalised';

/** Gallery choices: which test images, in which order, which page. */
export interface GalleryState extends Required<Pick<GalleryFilter, 'correctness'>> {
  trueLabel: number | null;
  predictedLabel: number | null;
  sort: GallerySort;
  page: number;
}

/** Dataset explorer choices. */
export interface ExplorerState {
  split: DatasetSplit;
  label: number | null;
  page: number;
  /** Index (in the split) of the image shown large, if any. */
  selected: number | null;
  normalised: boolean;
}

/** What the inspect views show; the runs themselves live in the runs store. */
export interface InspectState {
  section: InspectSection;
  /** The run inspected; null = the focused (or newest) run with test results. */
  runId: string | null;
  matrixMode: MatrixMode;
  gallery: GalleryState;
  explorer: ExplorerState;
  /** Test image followed through the layers. */
  layerImage: number;
  pipeline: PipelineOptions;
  showSection(section: InspectSection): void;
  selectRun(runId: string | null): void;
  setMatrixMode(mode: MatrixMode): void;
  /** Changes gallery filters or order; back to the first page. */
  filterGallery(change: Partial<Omit<GalleryState, 'page'>>): void;
  setGalleryPage(page: number): void;
  /** Opens the gallery on one confusion-matrix cell. */
  openCell(trueLabel: number, predictedLabel: number): void;
  /** Follows one test image through the layers. */
  openLayers(index: number): void;
  exploreSplit(split: DatasetSplit): void;
  exploreLabel(label: number | null): void;
  setExplorerPage(page: number): void;
  selectExplorerImage(index: number | null): void;
  setNormalised(normalised: boolean): void;
  setPipeline(change: Partial<PipelineOptions>): void;
}

export type InspectStore = StoreApi<InspectState>;

export const DEFAULT_GALLERY: GalleryState = {
  trueLabel: null,
  predictedLabel: null,
  correctness: 'all',
  sort: 'index',
  page: 0,
};

/** A new inspect store (one per window; tests make their own). */
export function createInspectStore(): InspectStore {
  return createStore<InspectState>()((set) => ({
    section: 'predictions',
    runId: null,
    matrixMode: 'counts',
    gallery: DEFAULT_GALLERY,
    explorer: { split: 'train', label: null, page: 0, selected: null, normalised: false },
    layerImage: 0,
    pipeline: DEFAULT_PIPELINE_OPTIONS,
    showSection: (section) => set({ section }),
    // Another run means other predictions: the gallery page no longer applies.
    selectRun: (runId) => set((s) => ({ runId, gallery: { ...s.gallery, page: 0 } })),
    setMatrixMode: (matrixMode) => set({ matrixMode }),
    filterGallery: (change) => set((s) => ({ gallery: { ...s.gallery, ...change, page: 0 } })),
    setGalleryPage: (page) => set((s) => ({ gallery: { ...s.gallery, page: Math.max(0, page) } })),
    openCell: (trueLabel, predictedLabel) =>
      set({ section: 'gallery', gallery: { ...DEFAULT_GALLERY, trueLabel, predictedLabel } }),
    openLayers: (index) => set({ section: 'layers', layerImage: Math.max(0, index) }),
    exploreSplit: (split) =>
      set((s) => ({ explorer: { ...s.explorer, split, page: 0, selected: null } })),
    exploreLabel: (label) =>
      set((s) => ({ explorer: { ...s.explorer, label, page: 0, selected: null } })),
    setExplorerPage: (page) =>
      set((s) => ({ explorer: { ...s.explorer, page: Math.max(0, page) } })),
    selectExplorerImage: (selected) => set((s) => ({ explorer: { ...s.explorer, selected } })),
    setNormalised: (normalised) => set((s) => ({ explorer: { ...s.explorer, normalised } })),
    setPipeline: (change) => set((s) => ({ pipeline: { ...s.pipeline, ...change } })),
  }));
}

/** The window's inspect state. */
export const inspectStore: InspectStore = createInspectStore();

/** Reads from the inspect store, re-rendering when the selected value changes. */
export function useInspect<T>(selector: (state: InspectState) => T): T {
  return useStore(inspectStore, selector);
}
