import type { ExportFormat } from '../../../src-shared/protocol/engine-types';
import { appError, fail, type Result } from '../../../src-shared/protocol/result';
import type { RunRecord } from '../runs';
import { exportModel } from '../model-io';

/**
 * The ONE switch over export formats. 'tfjs' is written here; h5, python and js are wired in
 * by the export work (issue 7) as one case each.
 */
export async function exportRun(run: RunRecord, format: ExportFormat, path: string): Promise<Result<{ files: string[] }>> {
  switch (format) {
    case 'tfjs':
      return exportModel({ model: run.model, graph: run.graph, history: run.history }, path);
    case 'h5':
    case 'python':
    case 'js':
      return fail(
        appError('EXPORT_FAILED', `Export as "${format}" is not yet supported.`, {
          params: { reason: `the "${format}" format is not yet supported`, format },
        }),
      );
  }
}
