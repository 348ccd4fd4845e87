import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, MAX_IMPORT_FILES } from '../../../../src-shared/protocol/export-types';
import { checkImportSelection } from '../../../../src-renderer/export/import-selection';

describe('import selection check', () => {
  it('accepts model.json with its weights', () => {
    expect(checkImportSelection([{ name: 'model.json', size: 2000 }, { name: 'weights.bin', size: 407_080 }])).toBeNull();
  });

  it('refuses more files than one import carries, saying how many were chosen', () => {
    const files = Array.from({ length: MAX_IMPORT_FILES + 1 }, (_, i) => ({ name: `f${i}.bin`, size: 1 }));
    expect(checkImportSelection(files)).toMatchObject({ code: 'MODEL_UNSUPPORTED_FORMAT', params: { format: `${MAX_IMPORT_FILES + 1} files` } });
  });

  it('refuses files larger together than the limit, naming the biggest', () => {
    const files = [
      { name: 'model.json', size: 1000 },
      { name: 'huge.bin', size: MAX_IMPORT_BYTES },
    ];
    expect(checkImportSelection(files)).toMatchObject({ code: 'FILE_TOO_LARGE', params: { name: 'huge.bin', limit: MAX_IMPORT_BYTES / 2 ** 20 } });
  });
});
