import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PROJECT_BYTES, readProjectFile, writeProjectFile } from '../../../../src-main/shell/file-io';
import { projectFromArgv } from '../../../../src-main/shell/project-args';
import { loadRecent, MAX_RECENT, saveRecent, withRecent } from '../../../../src-main/shell/recent-files';
import { boundsOnScreen, loadWindowState, saveWindowState } from '../../../../src-main/shell/window-state';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'camadas-shell-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('project files', () => {
  it('reads a project back exactly as it was saved, leaving no temporary file', async () => {
    const target = path.join(dir, 'model.camadas');
    const saved = await writeProjectFile(target, '{"version":1,"name":"Modelo ção"}');
    expect(saved).toEqual({ ok: true, value: { path: target, name: 'model.camadas' } });
    expect(readdirSync(dir)).toEqual(['model.camadas']);
    expect(await readProjectFile(target)).toEqual({
      ok: true,
      value: { path: target, name: 'model.camadas', contents: '{"version":1,"name":"Modelo ção"}' },
    });
  });

  it('replaces an existing project in one step', async () => {
    const target = path.join(dir, 'model.camadas');
    writeFileSync(target, 'old');
    await writeProjectFile(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('reports a missing file as FILE_NOT_FOUND with its name', async () => {
    const result = await readProjectFile(path.join(dir, 'gone.camadas'));
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND', params: { name: 'gone.camadas' } } });
  });

  it('refuses an oversized file with FILE_TOO_LARGE', async () => {
    const big = path.join(dir, 'big.camadas');
    writeFileSync(big, '');
    truncateSync(big, MAX_PROJECT_BYTES + 1);
    expect(await readProjectFile(big)).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE' } });
  });

  it('reports a folder as FILE_UNREADABLE and an impossible target as FILE_NOT_WRITABLE', async () => {
    expect(await readProjectFile(dir)).toMatchObject({ ok: false, error: { code: 'FILE_UNREADABLE' } });
    const nowhere = path.join(dir, 'no-such-folder', 'model.camadas');
    expect(await writeProjectFile(nowhere, '{}')).toMatchObject({ ok: false, error: { code: 'FILE_NOT_WRITABLE' } });
  });
});

describe('window state', () => {
  it('remembers bounds between runs and ignores a damaged file', async () => {
    const file = path.join(dir, 'window-state.json');
    expect(await loadWindowState(file)).toBeNull();
    await saveWindowState(file, { x: 40, y: 30, width: 1200, height: 800, maximized: true });
    expect(await loadWindowState(file)).toEqual({ x: 40, y: 30, width: 1200, height: 800, maximized: true });
    writeFileSync(file, '{"x": "left"');
    expect(await loadWindowState(file)).toBeNull();
  });

  it('keeps the position only while the window is still on a screen', () => {
    const screens = [{ x: 0, y: 0, width: 1920, height: 1040 }];
    const onScreen = { x: 100, y: 100, width: 1200, height: 800, maximized: false };
    expect(boundsOnScreen(onScreen, screens)).toEqual({ x: 100, y: 100, width: 1200, height: 800 });
    const onUnpluggedMonitor = { x: 2500, y: 100, width: 1200, height: 800, maximized: false };
    expect(boundsOnScreen(onUnpluggedMonitor, screens)).toEqual({ width: 1200, height: 800 });
    const tooBig = { x: 3000, y: 0, width: 2500, height: 1400, maximized: false };
    expect(boundsOnScreen(tooBig, screens)).toEqual({ width: 1920, height: 1040 });
  });
});

describe('recent projects and command line', () => {
  it('moves a reopened project to the top without duplicates, keeping at most MAX_RECENT', async () => {
    let list: string[] = [];
    for (let i = 0; i < MAX_RECENT + 3; i += 1) list = withRecent(list, `/p/${i}.camadas`);
    list = withRecent(list, '/p/5.camadas');
    expect(list[0]).toBe('/p/5.camadas');
    expect(list).toHaveLength(MAX_RECENT);
    expect(new Set(list).size).toBe(MAX_RECENT);
    const file = path.join(dir, 'recent.json');
    await saveRecent(file, list);
    expect(await loadRecent(file)).toEqual(list);
  });

  it('finds the .camadas file among the launch arguments', () => {
    expect(projectFromArgv(['/opt/camadas', '--no-sandbox', '/home/u/Modelo.CAMADAS'])).toBe('/home/u/Modelo.CAMADAS');
    expect(projectFromArgv(['/opt/camadas', '.'])).toBeNull();
    expect(projectFromArgv(['/opt/camadas', '--open=/x.camadas'])).toBeNull();
  });
});
