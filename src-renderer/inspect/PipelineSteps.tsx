import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreprocessStep } from '../../src-shared/protocol/inspect-types';
import { base64ToBytes } from './base64';
import { RgbaCanvas } from './RgbaCanvas';

/** Every step of the conversion as a picture with its one-sentence explanation. */
export function PipelineSteps({ steps }: { steps: readonly PreprocessStep[] }) {
  const { t } = useTranslation();
  const decoded = useMemo(
    () => steps.map((step) => ({ ...step, bytes: base64ToBytes(step.rgba) })),
    [steps],
  );
  return (
    <ol className="pipeline-steps" aria-label={t('inspect.tryImage.steps')}>
      {decoded.map((step, position) => {
        const name = t(`imaging.stepNames.${step.name}`);
        return (
          <li
            key={step.name}
            className="pipeline-step"
            data-testid="try-image-step"
            data-step={step.name}
            data-width={step.width}
            data-height={step.height}
          >
            <RgbaCanvas
              width={step.width}
              height={step.height}
              rgba={step.bytes}
              size={112}
              label={t('inspect.tryImage.stepLabel', { number: position + 1, name })}
            />
            <h4>
              {position + 1}. {name}
            </h4>
            <p>{t(`imaging.steps.${step.name}`)}</p>
          </li>
        );
      })}
    </ol>
  );
}
