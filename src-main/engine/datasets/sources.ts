import { homedir } from 'node:os';
import { isAbsolute, posix, resolve, win32 } from 'node:path';
import type { DatasetSourceKind } from '../../../src-shared/protocol/engine-types';
import { OFFICIAL_HASHES } from './files';
import type { DatasetHashes, LoadDatasetOptions } from './types';

/** Debian/Ubuntu's `dataset-fashion-mnist` installs the four .gz files here. */
export const SYSTEM_DATASET_DIR = '/usr/share/datasets/fashion-mnist';
export const OFFICIAL_MIRROR = 'http://fashion-mnist.s3-website.eu-central-1.amazonaws.com';
/** Subfolder of the app's cache root that holds the dataset. */
export const CACHE_SUBDIR = 'fashion-mnist';

export interface FolderSource {
  kind: Exclude<DatasetSourceKind, 'download'>;
  dir: string;
}

/** Everything a load depends on, with defaults and environment applied. */
export interface ResolvedSources {
  /** Folders in the order they are tried; the cache is among them. */
  folders: FolderSource[];
  /** Where downloads go (the cache folder's dataset subfolder). */
  cacheDir: string;
  mirrors: string[];
  allowDownload: boolean;
  hashes: DatasetHashes;
}

type Env = Record<string, string | undefined>;

/** The app's cache root per OS (before the `fashion-mnist` subfolder). */
export function defaultCacheRoot(platform: NodeJS.Platform, env: Env, home: string): string {
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA || win32.join(home, 'AppData', 'Local');
    return win32.join(local, 'Camadas', 'Cache');
  }
  if (platform === 'darwin') return posix.join(home, 'Library', 'Caches', 'Camadas');
  // XDG says relative values are invalid and must be ignored.
  const xdg = env.XDG_CACHE_HOME;
  return posix.join(xdg && isAbsolute(xdg) ? xdg : posix.join(home, '.cache'), 'camadas');
}

const nonEmpty = (value: string | undefined): value is string =>
  typeof value === 'string' && value.trim() !== '';

/** Applies defaults and `CAMADAS_*` variables to the options; pure apart from reading the OS. */
export function resolveSources(options: LoadDatasetOptions = {}): ResolvedSources {
  const env = options.env ?? process.env;
  const folders: FolderSource[] = [];
  const add = (kind: FolderSource['kind'], dir: string): void => {
    const absolute = resolve(dir);
    if (!folders.some((folder) => folder.dir === absolute)) folders.push({ kind, dir: absolute });
  };
  if (nonEmpty(options.dataDir)) add('explicit', options.dataDir);
  if (nonEmpty(env.CAMADAS_DATA_DIR)) add('env', env.CAMADAS_DATA_DIR);
  const cacheRoot = nonEmpty(options.cacheDir)
    ? options.cacheDir
    : nonEmpty(env.CAMADAS_CACHE_DIR)
      ? env.CAMADAS_CACHE_DIR
      : defaultCacheRoot(process.platform, env, homedir());
  const cacheDir = resolve(cacheRoot, CACHE_SUBDIR);
  add('cache', cacheDir);
  for (const dir of options.systemDirs ?? [SYSTEM_DATASET_DIR]) add('system', dir);
  const envMirrors = (env.CAMADAS_DATASET_MIRROR ?? '').split(/[\s,]+/).filter(nonEmpty);
  const mirrors = (options.mirrors ?? [...envMirrors, OFFICIAL_MIRROR]).map((url) =>
    url.replace(/\/+$/, ''),
  );
  return {
    folders,
    cacheDir,
    mirrors,
    allowDownload: options.allowDownload ?? true,
    hashes: { ...OFFICIAL_HASHES, ...options.expectedHashes },
  };
}
