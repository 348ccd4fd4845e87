import type { EngineClient } from '../../src-shared/protocol/messages';
import { useEngine } from '../lib/useEngine';
import { runsStore } from '../store/runs-store';
import { runAwareClient } from './restore-run';

/** The engine client for views that ask about a run: a model the engine lost comes back from the project. */
export function useRunEngine(): EngineClient {
  return runAwareClient(useEngine(), runsStore);
}
