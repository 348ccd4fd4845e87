import type { ProjectDocument } from './project-document';

/** The project as the text of a `.camadas` file: JSON, two-space indented, fixed key order. */
export function serializeProject(project: ProjectDocument): string {
  const ordered: ProjectDocument = {
    format: project.format,
    version: project.version,
    name: project.name,
    savedAt: project.savedAt,
    graph: project.graph,
    runs: project.runs,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
