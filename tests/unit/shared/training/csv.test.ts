import { describe, expect, it } from 'vitest';
import { CURVE_CSV_HEADER, csvCell, curvesToCsv, safeFileStem } from '../../../../src-shared/training/csv';
import { createRun, withEpoch } from '../../../../src-shared/training/run';
import { epochs, graphDoc } from './fixtures';

describe('CSV export of curves', () => {
  it('quotes cells with commas, quotes and line breaks, blanks missing numbers', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(0.25)).toBe('0.25');
  });

  it('writes one row per batch point and per epoch, for every run, under one header', () => {
    let a = createRun({ id: 'a', name: 'Run, first', graph: graphDoc() });
    a = { ...a, batchCurve: { x: [0.5, 1], loss: [1.2, 0.9], accuracy: [0.6, 0.7] } };
    a = withEpoch(a, epochs([[0.9, 0.95, 0.7, 0.68]])[0]!);
    const b = withEpoch(createRun({ id: 'b', name: 'Run 2', graph: graphDoc() }), epochs([[0.8, null, 0.72, null]])[0]!);
    const lines = curvesToCsv([a, b]).split('\r\n');
    expect(lines[0]).toBe(CURVE_CSV_HEADER.join(','));
    expect(lines[1]).toBe('"Run, first",batch,0.5,1.2,0.6,,,,');
    expect(lines[3]).toBe('"Run, first",epoch,1,0.9,0.7,0.95,0.68,1000,1000');
    expect(lines[4]).toBe('Run 2,epoch,1,0.8,0.72,,,1000,1000');
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe('');
  });

  it('makes safe file names from run names, accents included', () => {
    expect(safeFileStem('Execução 2 (adam)')).toBe('execucao-2-adam');
    expect(safeFileStem('***')).toBe('run');
  });
});
