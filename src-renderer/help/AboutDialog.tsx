import { useTranslation } from 'react-i18next';
import { version } from '../../package.json';
import { Dialog } from './Dialog';
import { helpStore, useHelp } from './help-store';

/** Help → About Camadas: what the app is, its version, where the data comes from. */
export function AboutDialog() {
  const { t } = useTranslation();
  const open = useHelp((s) => s.dialog === 'about');
  return (
    <Dialog open={open} onClose={() => helpStore.getState().close()} title={t('help.about.title')} testId="about-dialog">
      <p>{t('help.about.text')}</p>
      <p data-testid="about-version">{t('help.about.version', { version })}</p>
      <p>{t('help.about.engine')}</p>
      <p>{t('help.about.data')}</p>
    </Dialog>
  );
}
