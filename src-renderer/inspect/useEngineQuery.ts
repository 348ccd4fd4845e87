import { useEffect, useState } from 'react';
import type { RequestName, RequestParams, RequestResult } from '../../src-shared/protocol/messages';
import type { AppError } from '../../src-shared/protocol/result';
import { useRunEngine } from '../runs/useRunEngine';
import { useEngineConnection } from '../lib/useEngineConnection';

export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ok'; value: T }
  | { status: 'error'; error: AppError };

/**
 * Asks the engine whenever `params` change (compared as JSON), cancelling the previous request;
 * `null` params mean "nothing to ask". Asks again when the engine reconnects (after a restart
 * its answers may differ); a run's model the engine lost is loaded back from the weights the
 * project keeps. Results never throw: errors come back as data.
 */
export function useEngineQuery<M extends RequestName>(
  method: M,
  params: RequestParams<M> | null,
): QueryState<RequestResult<M>> {
  const engine = useRunEngine();
  const [state, setState] = useState<QueryState<RequestResult<M>>>({ status: 'idle' });
  const key = params === null ? null : JSON.stringify(params);
  const connected = useEngineConnection().state === 'connected';
  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    void engine
      .request(method, JSON.parse(key) as RequestParams<M>, { signal: controller.signal })
      .then((result) => {
        if (controller.signal.aborted) return;
        setState(
          result.ok
            ? { status: 'ok', value: result.value }
            : { status: 'error', error: result.error },
        );
      });
    return () => controller.abort();
  }, [engine, method, key, connected]);
  return state;
}
