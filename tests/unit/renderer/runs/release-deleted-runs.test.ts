import { describe, expect, it } from 'vitest';
import { createTemplate } from '../../../../src-shared/graph/templates';
import type { RequestName, RequestParams } from '../../../../src-shared/protocol/messages';
import { ok } from '../../../../src-shared/protocol/result';
import { createRun, type TrainingRun } from '../../../../src-shared/training/run';
import { releaseDeletedRuns } from '../../../../src-renderer/runs/release-deleted-runs';
import { createRunsStore } from '../../../../src-renderer/store/runs-store';

const run = (id: string): TrainingRun => ({
  ...createRun({ id, name: id, graph: createTemplate('course-mlp') }),
  status: 'completed',
});

function recordingClient() {
  const released: string[] = [];
  const client = {
    request<M extends RequestName>(method: M, params: RequestParams<M>) {
      if (method === 'run.release') released.push((params as { runId: string }).runId);
      return Promise.resolve(ok({ released: true }) as never);
    },
  };
  return { client, released };
}

describe('releaseDeletedRuns', () => {
  it('frees a deleted run’s model in the engine, and only that one', () => {
    const runs = createRunsStore([run('a'), run('b')]);
    const { client, released } = recordingClient();
    const unbind = releaseDeletedRuns(runs, client);
    runs.getState().rename('a', 'renamed');
    runs.getState().add(run('c'));
    expect(released).toEqual([]);
    expect(runs.getState().remove('b')).toBe(true);
    expect(released).toEqual(['b']);
    unbind();
    runs.getState().remove('a');
    expect(released).toEqual(['b']);
  });

  it('frees every run a newly opened project replaces', () => {
    const runs = createRunsStore([run('a'), run('b')]);
    const { client, released } = recordingClient();
    releaseDeletedRuns(runs, client);
    runs.getState().replaceAll([run('b'), run('x')]);
    expect(released).toEqual(['a']);
  });
});
