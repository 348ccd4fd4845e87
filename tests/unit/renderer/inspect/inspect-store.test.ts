import { describe, expect, it } from 'vitest';
import { createInspectStore, DEFAULT_GALLERY } from '../../../../src-renderer/store/inspect-store';
import { galleryParams, lastPage } from '../../../../src-renderer/inspect/gallery-params';

describe('inspect store', () => {
  it('opens a confusion-matrix cell as the gallery of that cell, first page, all answers', () => {
    const store = createInspectStore();
    store.getState().filterGallery({ correctness: 'wrong', sort: 'confidence-desc' });
    store.getState().setGalleryPage(3);
    store.getState().openCell(6, 0);
    const { section, gallery } = store.getState();
    expect(section).toBe('gallery');
    expect(gallery).toEqual({ ...DEFAULT_GALLERY, trueLabel: 6, predictedLabel: 0 });
  });

  it('goes back to the first page whenever a filter or the run changes', () => {
    const store = createInspectStore();
    store.getState().setGalleryPage(4);
    store.getState().filterGallery({ sort: 'confidence-asc' });
    expect(store.getState().gallery.page).toBe(0);
    store.getState().setGalleryPage(2);
    store.getState().selectRun('run-2');
    expect(store.getState().gallery.page).toBe(0);
    expect(store.getState().runId).toBe('run-2');
  });

  it('follows a gallery image into the layer view', () => {
    const store = createInspectStore();
    store.getState().openLayers(42);
    expect([store.getState().section, store.getState().layerImage]).toEqual(['layers', 42]);
    store.getState().openLayers(-5);
    expect(store.getState().layerImage).toBe(0);
  });

  it('clears the explorer selection and page when the split or class changes', () => {
    const store = createInspectStore();
    store.getState().setExplorerPage(3);
    store.getState().selectExplorerImage(17);
    store.getState().exploreLabel(6);
    expect(store.getState().explorer).toMatchObject({ label: 6, page: 0, selected: null });
    store.getState().selectExplorerImage(5);
    store.getState().exploreSplit('test');
    expect(store.getState().explorer).toMatchObject({
      split: 'test',
      label: 6,
      page: 0,
      selected: null,
    });
  });

  it('keeps the preprocessing toggles apart', () => {
    const store = createInspectStore();
    store.getState().setPipeline({ contrastStretch: true });
    expect(store.getState().pipeline).toEqual({
      invert: true,
      contrastStretch: true,
      centre: true,
    });
  });
});

describe('gallery requests', () => {
  it('asks for one page of one cell and leaves unset classes out', () => {
    expect(
      galleryParams('r', { ...DEFAULT_GALLERY, trueLabel: 6, predictedLabel: 0, page: 2 }, 24),
    ).toEqual({
      runId: 'r',
      offset: 48,
      limit: 24,
      sort: 'index',
      correctness: 'all',
      trueLabel: 6,
      predictedLabel: 0,
    });
    const open = galleryParams('r', DEFAULT_GALLERY, 24);
    expect('trueLabel' in open || 'predictedLabel' in open).toBe(false);
  });

  it('knows the last page', () => {
    expect(lastPage(0, 24)).toBe(0);
    expect(lastPage(24, 24)).toBe(0);
    expect(lastPage(25, 24)).toBe(1);
  });
});
