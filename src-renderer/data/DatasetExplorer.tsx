import { useTranslation } from 'react-i18next';
import type { DatasetSplit } from '../../src-shared/protocol/engine-types';
import { FASHION_MNIST } from '../../src-shared/datasets/fashion-mnist';
import { HelpTip } from '../training/HelpTip';
import { ErrorNotice } from '../inspect/ErrorNotice';
import { Pager } from '../inspect/Pager';
import { useEngineQuery } from '../inspect/useEngineQuery';
import { useFormat } from '../inspect/useFormat';
import { inspectStore, useInspect } from '../store/inspect-store';
import { ImageDetail } from './ImageDetail';
import { PixelCanvas } from './PixelCanvas';
import { useClassNames } from './useClassNames';

/** Thumbnails per page of the explorer. */
export const EXPLORER_PAGE_SIZE = 60;

/** Browse the training and test images by class, with counts, and look at one image closely. */
export function DatasetExplorer() {
  const { t } = useTranslation();
  const names = useClassNames();
  const format = useFormat();
  const explorer = useInspect((s) => s.explorer);
  const status = useEngineQuery('dataset.status', {});
  const images = useEngineQuery('dataset.images', {
    split: explorer.split,
    offset: explorer.page * EXPLORER_PAGE_SIZE,
    limit: EXPLORER_PAGE_SIZE,
    ...(explorer.label === null ? {} : { label: explorer.label }),
  });
  const counts =
    status.status === 'ok' ? (status.value.classCounts?.[explorer.split] ?? null) : null;
  const splitTotal = (split: DatasetSplit) =>
    split === 'train' ? FASHION_MNIST.trainCount : FASHION_MNIST.testCount;
  const selected =
    images.status === 'ok'
      ? (images.value.images.find((image) => image.index === explorer.selected) ?? null)
      : null;
  const store = inspectStore.getState();

  return (
    <section
      className="inspect-card dataset-explorer"
      aria-labelledby="dataset-title"
      data-testid="dataset-explorer"
    >
      <div className="inspect-card-head">
        <h3 id="dataset-title">{t('inspect.dataset.title')}</h3>
        <HelpTip subject={t('inspect.dataset.title')} text={t('inspect.dataset.help')} />
      </div>
      {status.status === 'ok' && !status.value.available && (
        <p className="inspect-muted">{t('inspect.dataset.unavailable')}</p>
      )}
      <fieldset className="inspect-segmented">
        <legend>{t('inspect.dataset.split')}</legend>
        {(['train', 'test'] as const).map((split) => (
          <label key={split}>
            <input
              type="radio"
              name="dataset-split"
              data-testid={`dataset-split-${split}`}
              checked={explorer.split === split}
              onChange={() => store.exploreSplit(split)}
            />
            {t(`inspect.dataset.${split}`, { count: format.count(splitTotal(split)) })}
          </label>
        ))}
      </fieldset>
      <div className="dataset-layout">
        <nav aria-label={t('inspect.dataset.classes')} className="dataset-classes">
          <ul>
            <li>
              <button
                type="button"
                aria-pressed={explorer.label === null}
                onClick={() => store.exploreLabel(null)}
                data-testid="dataset-class-all"
              >
                {t('inspect.dataset.allClasses')}
              </button>
            </li>
            {names.map((name, label) => (
              <li key={label}>
                <button
                  type="button"
                  aria-pressed={explorer.label === label}
                  data-testid={`dataset-class-${label}`}
                  data-count={counts?.[label] ?? ''}
                  onClick={() => store.exploreLabel(label)}
                >
                  {counts
                    ? t('inspect.dataset.classCount', {
                        name,
                        count: format.count(counts[label] ?? 0),
                      })
                    : name}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="dataset-images" aria-busy={images.status === 'loading'}>
          {images.status === 'loading' && (
            <p className="inspect-muted">{t('inspect.dataset.loading')}</p>
          )}
          {images.status === 'error' && <ErrorNotice error={images.error} />}
          {images.status === 'ok' && (
            <>
              <Pager
                page={explorer.page}
                pageSize={EXPLORER_PAGE_SIZE}
                total={images.value.total}
                onPage={(page) => store.setExplorerPage(page)}
                prefix="inspect.dataset"
                testId="dataset-pager"
              />
              <ul
                className="thumb-grid"
                data-testid="dataset-thumbs"
                data-total={images.value.total}
              >
                {images.value.images.map((image) => {
                  const label = t('inspect.dataset.thumbnailLabel', {
                    index: image.index,
                    name: names[image.label] ?? image.label,
                  });
                  return (
                    <li key={image.index}>
                      <button
                        type="button"
                        className="thumb"
                        aria-pressed={explorer.selected === image.index}
                        aria-label={label}
                        title={label}
                        data-testid="dataset-thumb"
                        data-index={image.index}
                        data-label={image.label}
                        onClick={() => store.selectExplorerImage(image.index)}
                      >
                        <PixelCanvas pixels={image.pixels} size={56} label="" />
                      </button>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
        {selected && <ImageDetail image={selected} />}
      </div>
    </section>
  );
}
