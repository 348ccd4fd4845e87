import { validateGraph } from '../../../src-shared/graph/validate';
import { problemToAppError } from '../../../src-shared/graph/problem';
import { inferShapes } from '../../../src-shared/graph/infer-shapes';
import { allowOnly, parseArgs, UsageError } from '../args';
import { loadGraph } from '../graph-input';
import { formatError, out } from '../output';
import type { Command } from './command';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a graph document and list every problem',
  usage: [
    'Usage: npm run cli -- validate <graph.json | template>',
    '',
    'Prints every problem found in the graph (in English), one per line.',
    'Exit code: 0 when the graph is valid, 1 when it has problems or cannot be read.',
  ].join('\n'),
  async run(argv) {
    const args = parseArgs(argv);
    allowOnly(args, []);
    const [source, extra] = args.positionals;
    if (source === undefined) throw new UsageError('validate needs a graph file');
    if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
    const graph = await loadGraph(source);
    const problems = validateGraph(graph);
    if (problems.length === 0) {
      const shapes = inferShapes(graph);
      out(`ok: ${source} is valid (${shapes.order.length} nodes, ${shapes.totalParams} parameters)`);
      return 0;
    }
    out(`${source}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    for (const problem of problems) {
      const error = problemToAppError(problem);
      const where = problem.nodeId ? ` [node ${problem.nodeId}]` : problem.field ? ` [${problem.field}]` : '';
      out(`  ${formatError(error)}${where}`);
    }
    return 1;
  },
};
