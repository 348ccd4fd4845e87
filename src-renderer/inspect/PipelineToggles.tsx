import { useTranslation } from 'react-i18next';
import type { PipelineOptions } from '../../src-shared/imaging/pipeline';
import { HelpTip } from '../training/HelpTip';
import { inspectStore, useInspect } from '../store/inspect-store';

const TOGGLES: (keyof PipelineOptions)[] = ['invert', 'contrastStretch', 'centre'];

/** Invert, contrast stretch and centring switches, each with why it matters. */
export function PipelineToggles() {
  const { t } = useTranslation();
  const options = useInspect((s) => s.pipeline);
  return (
    <fieldset className="pipeline-toggles">
      <legend>{t('inspect.tryImage.toggles')}</legend>
      {TOGGLES.map((name) => (
        <span key={name} className="pipeline-toggle">
          <label className="inspect-check">
            <input
              type="checkbox"
              data-testid={`pipeline-${name}`}
              checked={options[name]}
              onChange={(event) =>
                inspectStore.getState().setPipeline({ [name]: event.target.checked })
              }
            />
            {t(`imaging.toggles.${name}`)}
          </label>
          <HelpTip subject={t(`imaging.toggles.${name}`)} text={t(`imaging.toggleHelp.${name}`)} />
        </span>
      ))}
    </fieldset>
  );
}
