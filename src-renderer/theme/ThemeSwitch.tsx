import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { THEME_CHOICES, isThemeChoice } from './theme-preference';
import { themeStore } from './theme-store';

/** Light / dark / follow the system; applied at once and remembered. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const id = useId();
  const choice = themeStore((state) => state.choice);
  return (
    <div className="header-field theme-switch">
      <label htmlFor={id}>{t('help.theme.label')}</label>
      <select
        id={id}
        data-testid="theme-switch"
        value={choice}
        onChange={(event) => {
          if (isThemeChoice(event.target.value)) themeStore.getState().choose(event.target.value);
        }}
      >
        {THEME_CHOICES.map((option) => (
          <option key={option} value={option}>
            {t(`help.theme.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
