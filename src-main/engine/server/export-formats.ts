import type { ExportFormat } from '../../../src-shared/protocol/engine-types';
import type { Locale } from '../../../src-shared/i18n/messages';
import type { Result } from '../../../src-shared/protocol/result';
import type { RunRecord } from '../runs';
import { exportModel } from '../model-io';
import { exportRun as exportRunFiles } from '../export';

/**
 * The ONE switch over export formats. 'tfjs' is written by model-io; h5, python, js and reports
 * by engine/export (issue 7).
 */
export async function exportRun(
  run: RunRecord,
  format: ExportFormat,
  path: string,
  options: { locale?: Locale } = {},
): Promise<Result<{ files: string[] }>> {
  switch (format) {
    case 'tfjs':
      return exportModel({ model: run.model, graph: run.graph, history: run.history }, path);
    case 'h5':
    case 'python':
    case 'js':
    case 'reports':
      return exportRunFiles({
        model: run.model,
        graph: run.graph,
        history: run.history,
        evaluation: run.evaluation,
        format,
        path,
        ...(options.locale ? { locale: options.locale } : {}),
      });
  }
}
