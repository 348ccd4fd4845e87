import { useTranslation } from 'react-i18next';
import { HelpTip } from '../training/HelpTip';
import { inspectStore, useInspect } from '../store/inspect-store';
import { ErrorNotice } from './ErrorNotice';
import { GalleryCard } from './GalleryCard';
import { GalleryFilters } from './GalleryFilters';
import { GALLERY_PAGE_SIZE, galleryParams } from './gallery-params';
import { Pager } from './Pager';
import { useEngineQuery } from './useEngineQuery';

/** Test images of one run with their predictions: filtered, sorted and paged by the engine. */
export function Gallery({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const gallery = useInspect((s) => s.gallery);
  const query = useEngineQuery('run.testPredictions', galleryParams(runId, gallery));
  const total = query.status === 'ok' ? query.value.total : null;

  return (
    <section className="inspect-card" aria-labelledby="gallery-title">
      <div className="inspect-card-head">
        <h3 id="gallery-title">{t('inspect.gallery.title')}</h3>
        <HelpTip subject={t('inspect.gallery.title')} text={t('inspect.gallery.help')} />
      </div>
      <GalleryFilters />
      <div
        data-testid="gallery"
        data-status={query.status}
        data-total={total ?? ''}
        data-true-label={gallery.trueLabel ?? ''}
        data-predicted-label={gallery.predictedLabel ?? ''}
        aria-busy={query.status === 'loading'}
      >
        {query.status === 'loading' && (
          <p className="inspect-muted">{t('inspect.gallery.loading')}</p>
        )}
        {query.status === 'error' && <ErrorNotice error={query.error} />}
        {query.status === 'ok' && (
          <>
            <Pager
              page={gallery.page}
              pageSize={GALLERY_PAGE_SIZE}
              total={query.value.total}
              onPage={(page) => inspectStore.getState().setGalleryPage(page)}
              prefix="inspect.gallery"
              testId="gallery-pager"
            />
            {query.value.total === 0 ? (
              <p className="inspect-muted">{t('inspect.gallery.empty')}</p>
            ) : (
              <ul className="gallery-grid">
                {query.value.items.map((item) => (
                  <GalleryCard key={item.index} item={item} />
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
