import { useTranslation } from 'react-i18next';
import { LAYER_KINDS } from '../../src-shared/graph/layer-registry';
import { PaletteItem } from './PaletteItem';

/** The layer kinds a beginner can add: drag one onto the canvas, or focus it and press Enter. */
export function Palette() {
  const { t } = useTranslation();
  return (
    <nav className="palette" aria-label={t('editor.palette.title')} data-testid="palette">
      <h2 className="panel-title">{t('editor.palette.title')}</h2>
      <p className="palette-help" id="palette-help">
        {t('editor.palette.help')}
      </p>
      <ul className="palette-list">
        {LAYER_KINDS.map((kind) => (
          <PaletteItem key={kind} kind={kind} />
        ))}
      </ul>
    </nav>
  );
}
