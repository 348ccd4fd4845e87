import { describe, expect, it } from 'vitest';
import {
  PROJECT_VERSION,
  createProject,
  migrateProject,
  parseProject,
  projectFileName,
  projectNameFromFileName,
  serializeProject,
} from '../../../../src-shared/project';
import { createTemplate } from '../../../../src-shared/graph/templates';
import { createRun } from '../../../../src-shared/training/run';

const course = () =>
  createProject('Course model', createTemplate('course-mlp'), [], new Date('2025-01-02T03:04:05Z'));

function expectInvalid(input: unknown, field: RegExp) {
  const result = parseProject(input);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('PROJECT_INVALID');
  expect(String(result.error.params?.field)).toMatch(field);
  expect(result.error.message).toMatch(/^This is not a project Camadas can open/);
}

describe('project documents', () => {
  it('survives a save → load round trip unchanged', () => {
    const run = createRun({
      id: 'r1',
      name: 'Run 1',
      graph: createTemplate('course-mlp'),
      createdAt: new Date('2025-01-02T03:04:05Z'),
    });
    const project = { ...course(), runs: [run] };
    const text = serializeProject(project);
    const back = parseProject(text);
    expect(back).toEqual({ ok: true, value: project });
    if (back.ok) expect(serializeProject(back.value)).toBe(text);
  });

  it('writes the format and version first, so a reader can tell what the file is', () => {
    const text = serializeProject(course());
    expect(text.indexOf('"format": "camadas-project"')).toBeLessThan(text.indexOf('"graph"'));
    expect(JSON.parse(text)).toMatchObject({
      format: 'camadas-project',
      version: PROJECT_VERSION,
      name: 'Course model',
    });
  });

  it('rejects text that is not JSON', () => {
    expectInvalid('{"format": "camadas-project",', /^file$/);
  });

  it('rejects JSON that is not an object', () => {
    expectInvalid('[1, 2]', /^file$/);
    expectInvalid('null', /^file$/);
  });

  it('rejects a graph document opened as a project, saying so', () => {
    const result = parseProject(JSON.stringify(createTemplate('course-mlp')));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/graph document, not a project/);
  });

  it('rejects a project from a newer version of Camadas', () => {
    expectInvalid({ ...course(), version: PROJECT_VERSION + 1 }, /^version$/);
    const result = parseProject({ ...course(), version: PROJECT_VERSION + 1 });
    if (!result.ok) expect(result.error.message).toMatch(/newer version of Camadas/);
  });

  it('rejects a missing or broken version', () => {
    expectInvalid({ ...course(), version: 'one' }, /^version$/);
    expectInvalid({ ...course(), version: 0 }, /^version$/);
  });

  it('rejects a missing name, runs that are not a list, and a bad save time', () => {
    const { name: _name, ...noName } = course();
    expectInvalid(noName, /^name$/);
    expectInvalid({ ...course(), runs: {} }, /^runs$/);
    expectInvalid({ ...course(), savedAt: 'yesterday' }, /^savedAt$/);
  });

  it('rejects a project whose graph is broken, naming the place in the graph', () => {
    const project = course();
    const graph = {
      ...project.graph,
      nodes: [
        ...project.graph.nodes,
        { id: 'x', kind: 'conv9d', position: { x: 0, y: 0 }, params: {} },
      ],
    };
    expectInvalid({ ...project, graph }, /^graph\.nodes\[4\]\.kind/);
    expectInvalid({ ...project, graph: 42 }, /^graph/);
  });

  it('opens a graph whose parameters are out of range, so validation can explain them', () => {
    const project = course();
    const graph = structuredClone(project.graph);
    const dense = graph.nodes.find((n) => n.kind === 'dense');
    if (dense?.kind === 'dense') dense.params.units = 0;
    expect(parseProject(serializeProject({ ...project, graph })).ok).toBe(true);
  });

  it('runs project migrations in order from an older version', () => {
    const migrations = [
      {
        from: 1,
        description: 'rename title to name',
        up: (doc: Record<string, unknown>) => ({ ...doc, name: doc.title }),
      },
    ];
    const result = migrateProject(
      { format: 'camadas-project', version: 1, title: 'Old' },
      migrations,
      2,
    );
    expect(result).toEqual({
      ok: true,
      value: { format: 'camadas-project', version: 2, title: 'Old', name: 'Old' },
    });
  });

  it('makes file names from project names and back', () => {
    expect(projectFileName('My model: v2?')).toBe('My model- v2-.camadas');
    expect(projectFileName('   ')).toBe('Untitled.camadas');
    expect(projectNameFromFileName('/home/ana/Modelos/Curso.camadas')).toBe('Curso');
    expect(projectNameFromFileName('C:\\x\\deep.CAMADAS')).toBe('deep');
  });
});
