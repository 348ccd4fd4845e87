import { spawn } from 'node:child_process';

/** The command that opens a URL in the user's default browser on this OS. */
function openerFor(platform: NodeJS.Platform, url: string): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  // `start` is a cmd.exe built-in; the empty string is the window title it expects first.
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  return ['xdg-open', [url]];
}

/** Tries to open `url` in the system browser; failing is fine (the URL is printed anyway). */
export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const [command, args] = openerFor(platform, url);
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No opener on this system: the printed URL is the fallback.
  }
}
