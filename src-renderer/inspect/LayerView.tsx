import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerActivation } from '../../src-shared/protocol/inspect-types';
import { argmax } from '../../src-shared/metrics/classification';
import { FASHION_MNIST } from '../../src-shared/datasets/fashion-mnist';
import { HelpTip } from '../training/HelpTip';
import { PixelCanvas } from '../data/PixelCanvas';
import { useClassNames } from '../data/useClassNames';
import { inspectStore, useInspect } from '../store/inspect-store';
import { ActivationBars, ActivationStrip } from './ActivationPlots';
import { ErrorNotice } from './ErrorNotice';
import { ProbabilityBars } from './ProbabilityBars';
import { useEngineQuery } from './useEngineQuery';
import { useFormat } from './useFormat';

const LAST_TEST_IMAGE = FASHION_MNIST.testCount - 1;

/** One layer's output, drawn the way that shows its shape best. */
function LayerOutput({ layer, label }: { layer: LayerActivation; label: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = layer.values.length;
  const title = (() => {
    switch (layer.kind) {
      case 'input':
        return t('inspect.layers.input');
      case 'flatten':
        return t('inspect.layers.flatten', { count: format.count(count) });
      case 'dropout':
        return t('inspect.layers.dropout', { name: layer.name });
      case 'output':
        return t('inspect.layers.output');
      default:
        return t('inspect.layers.dense', { name: layer.name, count: format.count(count) });
    }
  })();
  const plot = (() => {
    if (layer.kind === 'input') {
      return (
        <PixelCanvas
          pixels={layer.values.map((v) => v * 255)}
          size={140}
          palette="viridis"
          label={title}
        />
      );
    }
    if (layer.kind === 'output') {
      return (
        <ProbabilityBars
          probabilities={layer.values}
          trueLabel={label}
          predicted={argmax(layer.values)}
        />
      );
    }
    if (layer.shape.length === 1 && count > 256) {
      return (
        <ActivationStrip
          values={layer.values}
          label={t('inspect.layers.stripLabel', { count: format.count(count) })}
        />
      );
    }
    const max = layer.values.reduce((a, b) => Math.max(a, b), -Infinity);
    return (
      <ActivationBars
        values={layer.values}
        label={t('inspect.layers.barsLabel', {
          count: format.count(count),
          max: format.decimal(max),
        })}
      />
    );
  })();
  return (
    <li
      className="layer-output"
      data-testid={`layer-${layer.kind}`}
      data-shape={layer.shape.join('x')}
      data-node-id={layer.nodeId ?? ''}
    >
      <h4>
        {title} <span className="layer-shape">({layer.shape.join(' × ')})</span>
      </h4>
      {plot}
    </li>
  );
}

/** Follows one test image through the model: Input, Flatten's 784-long row, Dense activations, Output. */
export function LayerView({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const names = useClassNames();
  const index = useInspect((s) => s.layerImage);
  const [draft, setDraft] = useState(String(index));
  useEffect(() => setDraft(String(index)), [index]);
  const query = useEngineQuery('run.activations', { runId, split: 'test', index });
  const go = (next: number) =>
    inspectStore.getState().openLayers(Math.min(LAST_TEST_IMAGE, Math.max(0, next)));

  return (
    <section
      className="inspect-card"
      aria-labelledby="layers-title"
      data-testid="layer-view"
      data-index={index}
      data-status={query.status}
    >
      <div className="inspect-card-head">
        <h3 id="layers-title">{t('inspect.layers.title')}</h3>
        <HelpTip subject={t('inspect.layers.title')} text={t('inspect.layers.help')} />
      </div>
      <div className="layer-picker">
        <button type="button" onClick={() => go(index - 1)} disabled={index <= 0}>
          ← {t('inspect.layers.previous')}
        </button>
        <label className="inspect-field">
          <span>{t('inspect.layers.imageIndex')}</span>
          <input
            type="number"
            min={0}
            max={LAST_TEST_IMAGE}
            value={draft}
            data-testid="layer-image-index"
            onChange={(event) => {
              setDraft(event.target.value);
              const value = Number(event.target.value);
              if (
                event.target.value !== '' &&
                Number.isInteger(value) &&
                value >= 0 &&
                value <= LAST_TEST_IMAGE
              )
                go(value);
            }}
          />
        </label>
        <button type="button" onClick={() => go(index + 1)} disabled={index >= LAST_TEST_IMAGE}>
          {t('inspect.layers.next')} →
        </button>
      </div>
      {query.status === 'loading' && <p className="inspect-muted">{t('inspect.layers.loading')}</p>}
      {query.status === 'error' && <ErrorNotice error={query.error} />}
      {query.status === 'ok' && (
        <>
          <p>
            {t('inspect.layers.truth', { name: names[query.value.label] ?? query.value.label })}
          </p>
          <ol className="layer-outputs">
            {query.value.layers.map((layer, position) => (
              <LayerOutput
                key={`${position}-${layer.name}`}
                layer={layer}
                label={query.value.label}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
