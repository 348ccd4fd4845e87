import { useEffect, useMemo, useState } from 'react';
import type { PipelineOptions } from '../../src-shared/imaging/pipeline';
import type { PreprocessResult } from '../../src-shared/protocol/inspect-types';
import type { AppError } from '../../src-shared/protocol/result';
import { useRunEngine } from '../runs/useRunEngine';
import { useEngineConnection } from '../lib/useEngineConnection';
import { bytesToBase64 } from './base64';
import type { DecodedPhoto } from './decode-photo';

export type PreprocessState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ok'; value: PreprocessResult; runProblem: AppError | null }
  | { status: 'error'; error: AppError };

/**
 * Sends a decoded photo through the engine's Fashion-MNIST conversion whenever the photo, the
 * toggles or the run change. A run the engine no longer holds still gets the steps, without a
 * prediction, and the reason is kept in `runProblem`.
 */
export function usePreprocess(
  photo: DecodedPhoto | null,
  options: PipelineOptions,
  runId: string | null,
): PreprocessState {
  const engine = useRunEngine();
  const [state, setState] = useState<PreprocessState>({ status: 'idle' });
  // Encoded once per photo: toggling options must not re-encode megabytes.
  const encoded = useMemo(
    () =>
      photo === null
        ? null
        : {
            width: photo.image.width,
            height: photo.image.height,
            rgba: bytesToBase64(photo.image.data),
          },
    [photo],
  );
  const { invert, contrastStretch, centre } = options;
  const connected = useEngineConnection().state === 'connected';

  useEffect(() => {
    if (encoded === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    const signal = controller.signal;
    const opts = { invert, contrastStretch, centre };
    setState({ status: 'loading' });
    void (async () => {
      let result = await engine.request(
        'image.preprocess',
        { ...encoded, options: opts, ...(runId ? { runId } : {}) },
        { signal },
      );
      let runProblem: AppError | null = null;
      if (!result.ok && result.error.code === 'RUN_NOT_FOUND' && runId) {
        runProblem = result.error;
        result = await engine.request(
          'image.preprocess',
          { ...encoded, options: opts },
          { signal },
        );
      }
      if (signal.aborted) return;
      setState(
        result.ok
          ? { status: 'ok', value: result.value, runProblem }
          : { status: 'error', error: result.error },
      );
    })();
    return () => controller.abort();
  }, [engine, encoded, invert, contrastStretch, centre, runId, connected]);

  return state;
}
