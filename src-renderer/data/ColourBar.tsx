import { useTranslation } from 'react-i18next';

interface ColourBarProps {
  min: string;
  max: string;
  /** Tick labels from bottom to top. */
  ticks: string[];
}

/** A vertical viridis colour bar with its scale, like matplotlib's `plt.colorbar()`. */
export function ColourBar({ min, max, ticks }: ColourBarProps) {
  const { t } = useTranslation();
  return (
    <div
      className="colour-bar"
      role="img"
      aria-label={t('inspect.dataset.colourBar', { min, max })}
      data-testid="colour-bar"
      data-max={max}
    >
      <span className="colour-bar-gradient" aria-hidden="true" />
      <ol className="colour-bar-ticks" aria-hidden="true">
        {[...ticks].reverse().map((tick) => (
          <li key={tick}>{tick}</li>
        ))}
      </ol>
    </div>
  );
}
