import type { Command } from './command';
import { validateCommand } from './validate';
import { trainCommand } from './train';
import { evaluateCommand } from './evaluate';
import { exportCommand } from './export';

export type { Command } from './command';

/**
 * Every CLI command, in help order. `export` (issue 7) is added as one file in this folder and
 * one entry here.
 */
export const COMMANDS: readonly Command[] = [validateCommand, trainCommand, evaluateCommand, exportCommand];
