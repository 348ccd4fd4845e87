import { describe, expect, it } from 'vitest';
import { createTemplate } from '../../../../src-shared/graph/templates';
import { validateGraph } from '../../../../src-shared/graph/validate';
import { isGettingStarted, isNextStep } from '../../../../src-renderer/help/getting-started';

describe('getting-started hints', () => {
  it('treats a new project’s "not connected" problems as next steps', () => {
    const doc = createTemplate('empty');
    expect(isGettingStarted(doc)).toBe(true);
    const problems = validateGraph(doc);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => isNextStep(p, isGettingStarted(doc)))).toBe(true);
  });

  it('shows problems as errors once a layer sits between Input and Output', () => {
    const doc = createTemplate('course-mlp');
    expect(isGettingStarted(doc)).toBe(false);
    expect(isNextStep({ code: 'GRAPH_NODE_DISCONNECTED' }, false)).toBe(false);
  });

  it('never softens a real error, even in a new project', () => {
    expect(isNextStep({ code: 'SHAPE_NEEDS_FLATTEN' }, true)).toBe(false);
  });
});
