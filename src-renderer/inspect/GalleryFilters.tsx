import { useTranslation } from 'react-i18next';
import type { GallerySort } from '../../src-shared/protocol/inspect-types';
import { useClassNames } from '../data/useClassNames';
import { inspectStore, useInspect, type GalleryState } from '../store/inspect-store';

const SORTS: { value: GallerySort; key: string }[] = [
  { value: 'index', key: 'sortIndex' },
  { value: 'confidence-desc', key: 'sortConfidenceDesc' },
  { value: 'confidence-asc', key: 'sortConfidenceAsc' },
];

/** Class, right/wrong and order choices of the gallery. */
export function GalleryFilters() {
  const { t } = useTranslation();
  const names = useClassNames();
  const gallery = useInspect((s) => s.gallery);
  const filter = (change: Partial<Omit<GalleryState, 'page'>>) =>
    inspectStore.getState().filterGallery(change);
  const classValue = (value: string) => (value === '' ? null : Number(value));

  const classSelect = (id: 'trueLabel' | 'predictedLabel', labelKey: string) => (
    <label className="inspect-field">
      <span>{t(labelKey)}</span>
      <select
        data-testid={`gallery-${id}`}
        value={gallery[id] ?? ''}
        onChange={(event) => filter({ [id]: classValue(event.target.value) })}
      >
        <option value="">{t('inspect.gallery.anyClass')}</option>
        {names.map((name, label) => (
          <option key={label} value={label}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="gallery-filters">
      {classSelect('trueLabel', 'inspect.gallery.trueClass')}
      {classSelect('predictedLabel', 'inspect.gallery.predictedClass')}
      <label className="inspect-field">
        <span>{t('inspect.gallery.correctness')}</span>
        <select
          data-testid="gallery-correctness"
          value={gallery.correctness}
          onChange={(event) =>
            filter({ correctness: event.target.value as GalleryState['correctness'] })
          }
        >
          <option value="all">{t('inspect.gallery.all')}</option>
          <option value="correct">{t('inspect.gallery.correct')}</option>
          <option value="wrong">{t('inspect.gallery.wrong')}</option>
        </select>
      </label>
      <label className="inspect-field">
        <span>{t('inspect.gallery.sort')}</span>
        <select
          data-testid="gallery-sort"
          value={gallery.sort}
          onChange={(event) => filter({ sort: event.target.value as GallerySort })}
        >
          {SORTS.map((sort) => (
            <option key={sort.value} value={sort.value}>
              {t(`inspect.gallery.${sort.key}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() =>
          inspectStore.getState().filterGallery({
            trueLabel: null,
            predictedLabel: null,
            correctness: 'all',
            sort: 'index',
          })
        }
      >
        {t('inspect.gallery.clearFilters')}
      </button>
    </div>
  );
}
