import type { GraphDocument } from '../graph/document';
import { createTemplate } from '../graph/templates';
import type { TrainingRun } from '../training/run';

export const PROJECT_FORMAT = 'camadas-project';
/** Bump with a migration in migrate-project.ts whenever the project file's shape changes. */
export const PROJECT_VERSION = 1;
/** File name extension of project files. */
export const PROJECT_EXTENSION = '.camadas';
/** Longest project name kept; longer names are cut. */
export const PROJECT_NAME_MAX = 120;

/**
 * A `.camadas` project file: the graph being edited and, later, its training runs. The graph
 * keeps its own format and version, so it can also be read and written on its own.
 */
export interface ProjectDocument {
  format: typeof PROJECT_FORMAT;
  version: typeof PROJECT_VERSION;
  name: string;
  graph: GraphDocument;
  /** Training runs; their shape belongs to the training dashboard (src-shared/training). */
  runs: TrainingRun[];
  /** ISO 8601 time of the last save. */
  savedAt: string;
}

/** A project around `graph` (an empty Input → Output project by default). */
export function createProject(
  name: string,
  graph: GraphDocument = createTemplate('empty'),
  runs: TrainingRun[] = [],
  savedAt: Date = new Date(),
): ProjectDocument {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name: cleanProjectName(name),
    graph,
    runs,
    savedAt: savedAt.toISOString(),
  };
}

/** A name fit for titles and file names: trimmed, one line, not empty, not too long. */
export function cleanProjectName(name: string): string {
  const oneLine = name.replace(/[\r\n\t]+/g, ' ').trim();
  return (oneLine === '' ? 'Untitled' : oneLine).slice(0, PROJECT_NAME_MAX);
}

/** `My model` → `My model.camadas`, with characters no file system accepts replaced. */
export function projectFileName(name: string): string {
  const safe = [...cleanProjectName(name)]
    .map((char) => (char.charCodeAt(0) < 32 ? '-' : char))
    .join('')
    .replace(/[<>:"/\\|?*]/g, '-')
    .replace(/^\.+/, '')
    .trim();
  return `${safe === '' ? 'model' : safe}${PROJECT_EXTENSION}`;
}

/** `folder/My model.camadas` → `My model`: the project name a file name suggests. */
export function projectNameFromFileName(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? fileName;
  const stem = base.toLowerCase().endsWith(PROJECT_EXTENSION)
    ? base.slice(0, -PROJECT_EXTENSION.length)
    : base.replace(/\.json$/i, '');
  return cleanProjectName(stem);
}
