import { useTranslation } from 'react-i18next';
import { layoutStore, useLayout, type CollapsiblePanel } from './layout-store';

/**
 * The fold/unfold button of a side panel. Folded, the panel shows only this button with the
 * panel's name, so the canvas gets the room and the panel is one click (or Enter) away.
 */
export function PanelToggle({ panel, controls }: { panel: CollapsiblePanel; controls: string }) {
  const { t } = useTranslation();
  const collapsed = useLayout((s) => s.collapsed[panel]);
  const name = t(`app.layout.${panel}`);
  return (
    <button
      type="button"
      className={`panel-toggle panel-toggle--${panel}`}
      data-testid={`panel-toggle-${panel}`}
      aria-expanded={!collapsed}
      aria-controls={controls}
      title={collapsed ? t('app.layout.show', { panel: name }) : t('app.layout.hide', { panel: name })}
      onClick={() => layoutStore.getState().toggle(panel)}
    >
      <span className="panel-toggle-icon" aria-hidden="true">
        {collapsed ? '‹' : '›'}
      </span>
      <span className={collapsed ? 'panel-toggle-name' : 'visually-hidden'}>
        {collapsed ? t('app.layout.show', { panel: name }) : t('app.layout.hide', { panel: name })}
      </span>
    </button>
  );
}
