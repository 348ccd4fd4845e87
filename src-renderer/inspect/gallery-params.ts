import type { RequestParams } from '../../src-shared/protocol/messages';
import type { GalleryState } from '../store/inspect-store';

/** Test images per gallery page: a screenful that stays quick to draw. */
export const GALLERY_PAGE_SIZE = 24;

/** The engine request for one gallery page; unset filters are left out. */
export function galleryParams(
  runId: string,
  gallery: GalleryState,
  pageSize = GALLERY_PAGE_SIZE,
): RequestParams<'run.testPredictions'> {
  return {
    runId,
    offset: gallery.page * pageSize,
    limit: pageSize,
    sort: gallery.sort,
    correctness: gallery.correctness,
    ...(gallery.trueLabel === null ? {} : { trueLabel: gallery.trueLabel }),
    ...(gallery.predictedLabel === null ? {} : { predictedLabel: gallery.predictedLabel }),
  };
}

/** The last page index for `total` items (0 when there are none). */
export function lastPage(total: number, pageSize = GALLERY_PAGE_SIZE): number {
  return Math.max(0, Math.ceil(total / pageSize) - 1);
}
