import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFolderAtomically } from '../../../../../src-main/engine/model-io/atomic-dir';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'camadas-atomic-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const files = [
  { name: 'a.json', data: '{"a":1}' },
  { name: 'b.bin', data: new Uint8Array([1, 2, 3]) },
];

describe('writeFolderAtomically', () => {
  it('writes every file into a new folder and leaves no temporary folder', async () => {
    const target = path.join(root, 'nested', 'model');
    await writeFolderAtomically(target, files, () => false);
    expect((await readdir(target)).sort()).toEqual(['a.json', 'b.bin']);
    expect(await readFile(path.join(target, 'a.json'), 'utf8')).toBe('{"a":1}');
    expect(await readdir(path.dirname(target))).toEqual(['model']);
  });

  it('replaces a folder the caller accepts', async () => {
    const target = path.join(root, 'model');
    await mkdir(target);
    await writeFile(path.join(target, 'a.json'), 'old');
    await writeFolderAtomically(target, files, (names) => names.every((n) => n === 'a.json'));
    expect(await readFile(path.join(target, 'a.json'), 'utf8')).toBe('{"a":1}');
    expect(await readdir(root)).toEqual(['model']);
  });

  it('refuses to replace a folder holding other files, and leaves it untouched', async () => {
    const target = path.join(root, 'photos');
    await mkdir(target);
    await writeFile(path.join(target, 'holiday.jpg'), 'precious');
    await expect(writeFolderAtomically(target, files, () => false)).rejects.toThrow(/other files/);
    expect(await readdir(target)).toEqual(['holiday.jpg']);
    expect(await readdir(root)).toEqual(['photos']);
  });

  it('refuses a target that is a file', async () => {
    const target = path.join(root, 'file');
    await writeFile(target, 'x');
    await expect(writeFolderAtomically(target, files, () => true)).rejects.toThrow(/is a file/);
  });

  it('leaves nothing behind when a write fails midway', async () => {
    const target = path.join(root, 'model');
    const bad = [...files, { name: '../escape', data: 'x' }];
    await expect(writeFolderAtomically(target, bad, () => true)).rejects.toThrow();
    expect(await readdir(root)).toEqual([]);
  });

  it('keeps the previous folder when a replacement fails midway', async () => {
    const target = path.join(root, 'model');
    await mkdir(target);
    await writeFile(path.join(target, 'a.json'), 'old');
    await expect(writeFolderAtomically(target, [...files, { name: 'sub/x', data: '' }], () => true)).rejects.toThrow();
    expect(await readFile(path.join(target, 'a.json'), 'utf8')).toBe('old');
    expect(await readdir(root)).toEqual(['model']);
  });
});
