import { describe, expect, it } from 'vitest';
import { createRun, type TrainingRun } from '../../../../src-shared/training/run';
import { createTemplate } from '../../../../src-shared/graph/templates';
import type { Evaluation } from '../../../../src-shared/protocol/engine-types';
import { chooseRun, inspectableRuns } from '../../../../src-renderer/inspect/run-choice';
import { scaleToUnit } from '../../../../src-renderer/inspect/ActivationPlots';
import { paintPixels } from '../../../../src-renderer/data/PixelCanvas';
import { pixelText } from '../../../../src-renderer/data/ImageDetail';
import { isGraphEditKey } from '../../../../src-renderer/inspect/editor-key-guard';

const evaluation: Evaluation = {
  testLoss: 0.5,
  testAccuracy: 0.8,
  sampleCount: 10,
  confusionMatrix: [],
  perClass: [],
};

function run(id: string, status: TrainingRun['status'], evaluated: boolean): TrainingRun {
  return {
    ...createRun({ id, name: id, graph: createTemplate('course-mlp') }),
    status,
    evaluation: evaluated ? evaluation : null,
  };
}

describe('which run the inspect views show', () => {
  const runs = [
    run('a', 'completed', true),
    run('b', 'stopped', true),
    run('c', 'failed', false),
    run('d', 'running', false),
  ];

  it('offers only finished runs with test results', () => {
    expect(inspectableRuns(runs).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('prefers the picked run, then the focused one, then the newest with results', () => {
    expect(chooseRun(runs, 'a', 'b')?.id).toBe('a');
    expect(chooseRun(runs, null, 'a')?.id).toBe('a');
    expect(chooseRun(runs, 'c', 'd')?.id).toBe('b');
    expect(chooseRun([run('x', 'running', false)], null, null)).toBeNull();
  });
});

describe('drawing helpers', () => {
  it('scales activations to [0, 1] by their own range', () => {
    expect(scaleToUnit([2, 4, 6])).toEqual([0, 0.5, 1]);
    expect(scaleToUnit([3, 3])).toEqual([0, 0]);
  });

  it('paints grey levels as opaque grey or viridis pixels', () => {
    expect(Array.from(paintPixels([0, 255], 2, 'gray'))).toEqual([
      0, 0, 0, 255, 255, 255, 255, 255,
    ]);
    expect(Array.from(paintPixels([0], 1, 'viridis'))).toEqual([68, 1, 84, 255]);
  });

  it('shows pixel values as bytes or divided by 255', () => {
    expect(pixelText(255, false)).toBe('255');
    expect(pixelText(255, true)).toBe('1.00');
    expect(pixelText(51, true)).toBe('0.20');
  });
});

describe('keys kept from the hidden editor', () => {
  const key = (k: string, mod = false) => ({ key: k, ctrlKey: mod, metaKey: false });

  it('holds back graph edits: delete, undo, redo, copy, paste, duplicate, select all, deselect', () => {
    for (const k of ['Delete', 'Backspace', 'Escape']) expect(isGraphEditKey(key(k)), k).toBe(true);
    for (const k of ['z', 'Z', 'y', 'c', 'v', 'd', 'a'])
      expect(isGraphEditKey(key(k, true)), k).toBe(true);
  });

  it('lets save, open and ordinary keys through', () => {
    expect(isGraphEditKey(key('s', true))).toBe(false);
    expect(isGraphEditKey(key('o', true))).toBe(false);
    expect(isGraphEditKey(key('ArrowRight'))).toBe(false);
    expect(isGraphEditKey(key('a'))).toBe(false);
  });
});
