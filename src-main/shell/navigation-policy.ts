/**
 * Where the app's window may go. Pure functions so the policy is unit-tested without Electron.
 */

/**
 * True when `target` is the app's own page: same scheme and host (app://camadas, the dev
 * server), or the very same file for file:// URLs. Compared field by field because custom
 * schemes all have the opaque origin "null".
 */
export function isAppUrl(target: string, appUrl: string): boolean {
  let to: URL;
  let app: URL;
  try {
    to = new URL(target);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === 'file:') return to.protocol === 'file:' && to.pathname === app.pathname;
  return to.protocol === app.protocol && to.host === app.host && to.host !== '';
}

/** Links that may leave the app: https only, opened in the system browser. */
export function isSafeExternalUrl(target: string): boolean {
  try {
    const url = new URL(target);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
