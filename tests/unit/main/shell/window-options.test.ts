import { describe, expect, it } from 'vitest';
import { createWindowOptions, MIN_WINDOW_SIZE } from '../../../../src-main/shell/window-options';

describe('createWindowOptions', () => {
  const options = createWindowOptions({ preloadPath: '/app/out/preload/preload.cjs', bounds: null, title: 'Camadas' });
  const web = options.webPreferences ?? {};

  it('isolates the page from Node and Electron', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and forbids insecure content and webviews', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
  });

  it('uses the given preload as the only bridge', () => {
    expect(web.preload).toBe('/app/out/preload/preload.cjs');
  });

  it('starts hidden (shown on ready-to-show) with a minimum size', () => {
    expect(options.show).toBe(false);
    expect(options.minWidth).toBe(MIN_WINDOW_SIZE.width);
    expect(options.minHeight).toBe(MIN_WINDOW_SIZE.height);
  });

  it('restores remembered bounds but never weakens the security options', () => {
    const restored = createWindowOptions({
      preloadPath: '/p.cjs',
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      title: 'Camadas',
    });
    expect(restored).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });
    expect(restored.webPreferences).toEqual({ ...web, preload: '/p.cjs' });
  });
});
