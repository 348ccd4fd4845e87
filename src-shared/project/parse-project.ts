import { z } from 'zod';
import { parseGraphDocument } from '../graph/parse';
import { appError, fail, ok, type AppError, type Result } from '../protocol/result';
import { parseTrainingRuns } from '../training/run-schema';
import { migrateProject } from './migrate-project';
import {
  PROJECT_FORMAT,
  PROJECT_VERSION,
  cleanProjectName,
  type ProjectDocument,
} from './project-document';

/** Project files above this size are refused before parsing (a graph is a few kilobytes). */
export const PROJECT_MAX_CHARS = 64 * 1024 * 1024;

const projectSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_VERSION),
  name: z.string(),
  graph: z.unknown(),
  runs: z.array(z.unknown()),
  savedAt: z.string(),
});

function invalid(field: string, reason: string): AppError {
  return appError(
    'PROJECT_INVALID',
    `This is not a project Camadas can open: ${field}: ${reason}`,
    { params: { field, reason } },
  );
}

/**
 * Reads a `.camadas` project from its text (or an already parsed value): checks its structure,
 * migrates older versions and reads the graph inside. Never throws; every failure is
 * PROJECT_INVALID with `field` and `reason` params naming what is wrong.
 */
export function parseProject(input: unknown): Result<ProjectDocument> {
  let root: unknown = input;
  if (typeof input === 'string') {
    if (input.length > PROJECT_MAX_CHARS)
      return fail(invalid('file', `it is larger than ${PROJECT_MAX_CHARS} characters`));
    try {
      root = JSON.parse(input);
    } catch (error) {
      return fail(
        invalid(
          'file',
          `it is not valid JSON (${error instanceof Error ? error.message : 'unreadable'})`,
        ),
      );
    }
  }
  if (typeof root !== 'object' || root === null || Array.isArray(root))
    return fail(invalid('file', 'expected a JSON object'));
  const raw = root as Record<string, unknown>;
  if (raw.format !== PROJECT_FORMAT) {
    const hint =
      raw.format === 'camadas-graph'
        ? 'this is a graph document, not a project'
        : `expected "${PROJECT_FORMAT}"`;
    return fail(invalid('format', hint));
  }
  const migrated = migrateProject(raw);
  if (!migrated.ok) return migrated;
  const parsed = projectSchema.safeParse(migrated.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(invalid(issue?.path.map(String).join('.') || 'file', issue?.message ?? 'invalid'));
  }
  const graph = parseGraphDocument(parsed.data.graph);
  if (!graph.ok) {
    const field =
      typeof graph.error.params?.field === 'string' ? `graph.${graph.error.params.field}` : 'graph';
    return fail(invalid(field, graph.error.message));
  }
  if (Number.isNaN(Date.parse(parsed.data.savedAt))) return fail(invalid('savedAt', 'not a date'));
  const runs = parseTrainingRuns(parsed.data.runs);
  if (!runs.ok) return runs;
  return ok({
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name: cleanProjectName(parsed.data.name),
    graph: graph.value,
    runs: runs.value,
    savedAt: parsed.data.savedAt,
  });
}
