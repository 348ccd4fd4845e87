import { readFile, stat } from 'node:fs/promises';
import type { GraphDocument } from '../../src-shared/graph/document';
import { parseGraphDocument } from '../../src-shared/graph/parse';
import { createTemplate, isTemplateName, TEMPLATE_NAMES } from '../../src-shared/graph/templates';
import { appError } from '../../src-shared/protocol/result';
import { CliFailure } from './output';

/** Largest graph file the CLI reads; real documents are a few kilobytes. */
const MAX_GRAPH_BYTES = 8 * 1024 * 1024;

/** Reads a graph document file, or a shipped template when `source` names one and no such file exists. */
export async function loadGraph(source: string): Promise<GraphDocument> {
  const info = await stat(source).catch(() => null);
  if (info === null) {
    if (isTemplateName(source)) return createTemplate(source);
    throw new CliFailure(
      appError('FILE_NOT_FOUND', `"${source}" is neither a file nor a template (templates: ${TEMPLATE_NAMES.join(', ')}).`, {
        params: { path: source },
      }),
    );
  }
  if (!info.isFile()) throw new CliFailure(appError('FILE_UNREADABLE', `"${source}" is not a file.`, { params: { path: source } }));
  if (info.size > MAX_GRAPH_BYTES) throw new CliFailure(appError('FILE_TOO_LARGE', `"${source}" is too large for a graph document.`, { params: { path: source } }));
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    throw new CliFailure(appError('FILE_UNREADABLE', `"${source}" could not be read: ${(error as Error).message}`, { params: { path: source } }));
  }
  const parsed = parseGraphDocument(text);
  if (!parsed.ok) throw new CliFailure({ ...parsed.error, message: `${source}: ${parsed.error.message}` });
  return parsed.value;
}
