import { useTranslation } from 'react-i18next';
import type { DatasetImage } from '../../src-shared/protocol/engine-types';
import { inspectStore, useInspect } from '../store/inspect-store';
import { ColourBar } from './ColourBar';
import { PixelCanvas } from './PixelCanvas';
import { useClassNames } from './useClassNames';

/** Pixel values as the table shows them: bytes, or divided by 255 with two decimals. */
export function pixelText(value: number, normalised: boolean): string {
  return normalised ? (value / 255).toFixed(2) : String(value);
}

/** One dataset image large, in viridis with a colour bar, and its 28 × 28 pixel values. */
export function ImageDetail({ image }: { image: DatasetImage }) {
  const { t } = useTranslation();
  const names = useClassNames();
  const normalised = useInspect((s) => s.explorer.normalised);
  const name = names[image.label] ?? String(image.label);
  const ticks = normalised
    ? ['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']
    : ['0', '50', '100', '150', '200', '250'];
  const title = t('inspect.dataset.detailTitle', {
    index: image.index,
    split: t(`inspect.dataset.splitName.${image.split}`),
    name,
  });
  return (
    <section
      className="image-detail"
      data-testid="dataset-detail"
      data-index={image.index}
      data-label={image.label}
      aria-label={title}
    >
      <h4>{title}</h4>
      <label className="inspect-check">
        <input
          type="checkbox"
          data-testid="normalise-toggle"
          checked={normalised}
          onChange={(event) => inspectStore.getState().setNormalised(event.target.checked)}
        />
        {t('inspect.dataset.normalise')}
      </label>
      <div className="image-detail-view">
        <PixelCanvas pixels={image.pixels} size={280} palette="viridis" label={title} />
        <ColourBar min={normalised ? '0' : '0'} max={normalised ? '1' : '255'} ticks={ticks} />
      </div>
      <details className="pixel-values" open>
        <summary>{t('inspect.dataset.pixelValues')}</summary>
        <div className="pixel-table-scroll">
          <table
            className={normalised ? 'pixel-table pixel-table-normalised' : 'pixel-table'}
            data-testid="pixel-table"
            data-normalised={normalised}
          >
            <caption className="visually-hidden">{t('inspect.dataset.pixelTable')}</caption>
            <tbody>
              {Array.from({ length: 28 }, (_, row) => (
                <tr key={row}>
                  {image.pixels.slice(row * 28, row * 28 + 28).map((value, col) => (
                    <td key={col} className={value > 127 ? 'pixel-bright' : undefined}>
                      {pixelText(value, normalised)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
