import { describe, expect, it } from 'vitest';
import { isAppUrl, isSafeExternalUrl } from '../../../../src-main/shell/navigation-policy';

describe('navigation policy', () => {
  const fileApp = 'file:///opt/Camadas/resources/app.asar/out/renderer/index.html';

  it('allows the app page itself, with or without a hash or query', () => {
    expect(isAppUrl(fileApp, fileApp)).toBe(true);
    expect(isAppUrl(`${fileApp}#/runs`, fileApp)).toBe(true);
    expect(isAppUrl('http://localhost:5173/some/route', 'http://localhost:5173/')).toBe(true);
  });

  it('treats every page under app://camadas/ as the app, and nothing else with an opaque origin', () => {
    const app = 'app://camadas/index.html';
    expect(isAppUrl('app://camadas/index.html#/runs', app)).toBe(true);
    expect(isAppUrl('app://camadas/assets/index-1.js', app)).toBe(true);
    expect(isAppUrl('app://elsewhere/index.html', app)).toBe(false);
    expect(isAppUrl('evil://camadas/index.html', app)).toBe(false);
    expect(isAppUrl('data:text/html,<h1>hi</h1>', app)).toBe(false);
  });

  it('refuses other files, other origins and unparsable URLs', () => {
    expect(isAppUrl('file:///etc/passwd', fileApp)).toBe(false);
    expect(isAppUrl('https://evil.example/', fileApp)).toBe(false);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('not a url', fileApp)).toBe(false);
  });

  it('sends only plain https links to the system browser', () => {
    expect(isSafeExternalUrl('https://www.tensorflow.org/js')).toBe(true);
    expect(isSafeExternalUrl('http://example.com/')).toBe(false);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('https://user:secret@example.com/')).toBe(false);
    expect(isSafeExternalUrl('')).toBe(false);
  });
});
