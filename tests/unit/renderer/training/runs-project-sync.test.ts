import { describe, expect, it } from 'vitest';
import { createTemplate } from '../../../../src-shared/graph/templates';
import { createRun } from '../../../../src-shared/training/run';
import { createProjectStore } from '../../../../src-renderer/project/project-store';
import { createRunsStore } from '../../../../src-renderer/store/runs-store';
import { bindRunsToProject } from '../../../../src-renderer/store/runs-project-sync';

const run = (id: string, status: 'running' | 'completed' = 'completed') => ({
  ...createRun({ id, name: id, graph: createTemplate('course-mlp') }),
  status,
});

describe('runs ↔ project sync', () => {
  it('takes the runs of a project that already has some', () => {
    const project = createProjectStore({ runs: [run('a')] });
    const runs = createRunsStore();
    bindRunsToProject(runs, project);
    expect(runs.getState().runs.map((r) => r.id)).toEqual(['a']);
  });

  it('writes added, renamed and deleted runs into the project', () => {
    const project = createProjectStore();
    const runs = createRunsStore();
    bindRunsToProject(runs, project);
    runs.getState().add(run('a'));
    runs.getState().add(run('b'));
    runs.getState().rename('a', 'first');
    runs.getState().remove('b');
    expect(project.getState().runs.map((r) => r.name)).toEqual(['first']);
  });

  it('replaces the runs when another project is opened or a new one started', () => {
    const project = createProjectStore();
    const runs = createRunsStore();
    bindRunsToProject(runs, project);
    runs.getState().add(run('mine'));
    runs.getState().toggleOverlay('mine');
    project.setState({ runs: [run('x', 'running'), run('y')] });
    expect(runs.getState().runs.map((r) => [r.id, r.status])).toEqual([
      ['x', 'stopped'],
      ['y', 'completed'],
    ]);
    expect(runs.getState().overlayIds).toEqual([]);
    project.setState({ runs: [] });
    expect(runs.getState().runs).toEqual([]);
  });

  it('stops syncing once unbound', () => {
    const project = createProjectStore();
    const runs = createRunsStore();
    const unbind = bindRunsToProject(runs, project);
    unbind();
    runs.getState().add(run('a'));
    expect(project.getState().runs).toEqual([]);
  });
});
