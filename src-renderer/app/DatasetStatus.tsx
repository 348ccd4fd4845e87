import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetStatus as Status } from '../../src-shared/protocol/engine-types';
import { useEngine } from '../lib/useEngine';
import { useEngineConnection } from '../lib/useEngineConnection';

/** Asks the engine, each time it (re)connects, whether Fashion-MNIST is on this computer. */
export function DatasetStatus() {
  const { t, i18n } = useTranslation();
  const engine = useEngine();
  const { state } = useEngineConnection();
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => {
    if (state !== 'connected') return;
    const controller = new AbortController();
    void engine.request('dataset.status', {}, { signal: controller.signal }).then((result) => {
      if (!controller.signal.aborted) setStatus(result.ok ? result.value : null);
    });
    return () => {
      controller.abort();
      setStatus(null);
    };
  }, [engine, state]);

  const number = new Intl.NumberFormat(i18n.language);
  const text =
    status === null
      ? t('app.status.dataset.checking')
      : status.available
        ? t('app.status.dataset.available', { train: number.format(status.trainCount), test: number.format(status.testCount) })
        : t('app.status.dataset.missing');
  return (
    <span
      className="dataset-status"
      data-testid="dataset-status"
      data-available={status === null ? '' : String(status.available)}
      title={t('app.status.dataset.help')}
    >
      {text}
    </span>
  );
}
