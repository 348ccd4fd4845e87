import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GalleryItem } from '../../src-shared/protocol/inspect-types';
import { PixelCanvas } from '../data/PixelCanvas';
import { useClassNames } from '../data/useClassNames';
import { inspectStore } from '../store/inspect-store';
import { ProbabilityBars } from './ProbabilityBars';
import { useFormat } from './useFormat';

/** One test image with its true and predicted class, the confidence and all probabilities. */
export const GalleryCard = memo(function GalleryCard({ item }: { item: GalleryItem }) {
  const { t } = useTranslation();
  const names = useClassNames();
  const format = useFormat();
  const right = item.label === item.predicted;
  const trueName = names[item.label] ?? String(item.label);
  const predictedName = names[item.predicted] ?? String(item.predicted);
  return (
    <li
      className={right ? 'gallery-card gallery-right' : 'gallery-card gallery-wrong'}
      data-testid="gallery-item"
      data-index={item.index}
      data-label={item.label}
      data-predicted={item.predicted}
      data-confidence={item.confidence}
    >
      <PixelCanvas
        pixels={item.pixels}
        size={84}
        label={t('inspect.gallery.imageLabel', {
          index: item.index,
          trueName,
          predictedName,
          confidence: format.percent(item.confidence),
        })}
      />
      <div className="gallery-text">
        <span className={right ? 'gallery-verdict verdict-right' : 'gallery-verdict verdict-wrong'}>
          {right ? t('inspect.gallery.right') : t('inspect.gallery.mistake')}
        </span>
        <span>{t('inspect.gallery.predicted', { name: predictedName })}</span>
        <span>{t('inspect.gallery.truth', { name: trueName })}</span>
        <span>{t('inspect.gallery.confidence', { value: format.percent(item.confidence) })}</span>
      </div>
      <ProbabilityBars
        probabilities={item.probabilities}
        trueLabel={item.label}
        predicted={item.predicted}
        compact
      />
      <button
        type="button"
        className="link-button"
        aria-label={t('inspect.gallery.showLayersLabel', { index: item.index })}
        onClick={() => inspectStore.getState().openLayers(item.index)}
      >
        {t('inspect.gallery.showLayers')}
      </button>
    </li>
  );
});
