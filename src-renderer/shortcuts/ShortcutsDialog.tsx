import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../help/Dialog';
import { helpStore, useHelp } from '../help/help-store';
import { SHORTCUT_GROUPS, isApplePlatform, keyLabel, type Chord } from './shortcut-list';
import './shortcuts.css';

const APPLE = isApplePlatform(typeof navigator === 'undefined' ? '' : navigator.platform);

function ChordKeys({ chord }: { chord: Chord }) {
  const { t } = useTranslation();
  return (
    <span className="shortcut-chord">
      {chord.map((name, i) => {
        const label = keyLabel(name, APPLE);
        return (
          <Fragment key={i}>
            {i > 0 && <span aria-hidden="true">+</span>}
            <kbd>{'key' in label ? t(label.key) : label.text}</kbd>
          </Fragment>
        );
      })}
    </span>
  );
}

/** Help → Keyboard shortcuts: every shortcut of the app, grouped by what it is for. */
export function ShortcutsDialog() {
  const { t } = useTranslation();
  const open = useHelp((s) => s.dialog === 'shortcuts');
  return (
    <Dialog open={open} onClose={() => helpStore.getState().close()} title={t('help.shortcuts.title')} testId="shortcuts-dialog" wide>
      <p>{t('help.shortcuts.intro')}</p>
      {SHORTCUT_GROUPS.map((group) => (
        <table key={group.group} className="shortcut-table">
          <caption>{t(`help.shortcuts.groups.${group.group}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('help.shortcuts.keyColumn')}</th>
              <th scope="col">{t('help.shortcuts.actionColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {group.shortcuts.map((shortcut) => (
              <tr key={shortcut.action} data-action={shortcut.action}>
                <td>
                  {shortcut.chords.map((chord, i) => (
                    <Fragment key={i}>
                      {i > 0 && <span className="shortcut-or"> {t('help.shortcuts.or')} </span>}
                      <ChordKeys chord={chord} />
                    </Fragment>
                  ))}
                </td>
                <td>{t(`help.shortcuts.actions.${shortcut.action}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </Dialog>
  );
}
