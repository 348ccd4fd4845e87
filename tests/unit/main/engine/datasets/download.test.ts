import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  forgetFashionMnist,
  loadFashionMnist,
  type DatasetFileName,
  type DatasetProgress,
  type LoadDatasetOptions,
} from '../../../../../src-main/engine/datasets';
import { fakeDataset, tempDir, writeDataset } from './fixtures';

type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  file: DatasetFileName | null,
) => void | Promise<void>;

interface TestServer {
  url: string;
  requests: string[];
  close: () => Promise<void>;
}

/** A real HTTP server on 127.0.0.1 standing in for a mirror. */
async function startServer(handler: Handler): Promise<TestServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const match = /\/([a-z0-9-]+)\.gz$/.exec(req.url ?? '');
    void handler(req, res, (match?.[1] ?? null) as DatasetFileName | null);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/fm`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const data = fakeDataset(30, 10);
let root: { dir: string; cleanup: () => Promise<void> };
let servers: TestServer[] = [];

const serveData: Handler = (_req, res, file) => {
  if (!file || !(file in data.gz)) {
    res.writeHead(404).end('not here');
    return;
  }
  const body = data.gz[file];
  res
    .writeHead(200, { 'content-length': body.length, 'content-type': 'application/gzip' })
    .end(body);
};

async function server(handler: Handler): Promise<TestServer> {
  const started = await startServer(handler);
  servers.push(started);
  return started;
}

function options(mirrors: string[], extra: LoadDatasetOptions = {}): LoadDatasetOptions {
  return {
    cacheDir: join(root.dir, 'cache'),
    systemDirs: [],
    env: {},
    mirrors,
    expectedHashes: data.hashes,
    ...extra,
  };
}

const cacheDir = (): string => join(root.dir, 'cache', 'fashion-mnist');

beforeEach(async () => {
  root = await tempDir();
});
afterEach(async () => {
  forgetFashionMnist();
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  await root.cleanup();
});

describe('download into the cache', () => {
  it('downloads the four files, reports progress and keeps exactly the verified .gz files', async () => {
    const mirror = await server(serveData);
    const events: DatasetProgress[] = [];
    const result = await loadFashionMnist(
      options([mirror.url], { onProgress: (p) => events.push(p) }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.source).toBe('download');
    expect(result.value.dir).toBe(cacheDir());
    expect(result.value.train.count).toBe(30);
    expect(mirror.requests.sort()).toEqual(
      Object.keys(data.gz)
        .map((name) => `/fm/${name}.gz`)
        .sort(),
    );
    const files = (await readdir(cacheDir())).sort();
    expect(files).toEqual(
      Object.keys(data.gz)
        .map((name) => `${name}.gz`)
        .sort(),
    );
    const saved = await readFile(join(cacheDir(), 'train-images-idx3-ubyte.gz'));
    expect(Buffer.compare(saved, data.gz['train-images-idx3-ubyte'])).toBe(0);
    for (const name of Object.keys(data.gz) as DatasetFileName[]) {
      const mine = events.filter((event) => event.file === `${name}.gz`);
      const size = data.gz[name].length;
      expect(mine[0]).toEqual({ file: `${name}.gz`, receivedBytes: 0, totalBytes: size });
      expect(mine.at(-1)).toEqual({ file: `${name}.gz`, receivedBytes: size, totalBytes: size });
    }
  });

  it('loads later from the cache without contacting the mirror', async () => {
    const mirror = await server(serveData);
    expect((await loadFashionMnist(options([mirror.url]))).ok).toBe(true);
    forgetFashionMnist();
    const again = await loadFashionMnist(options([mirror.url]));
    expect(again.ok ? again.value.source : again.error.code).toBe('cache');
    expect(mirror.requests).toHaveLength(4);
  });

  it('never shows a partly received file under its final name', async () => {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let halfSent: () => void = () => undefined;
    const half = new Promise<void>((resolve) => (halfSent = resolve));
    const mirror = await server(async (req, res, file) => {
      if (file !== 'train-images-idx3-ubyte') return serveData(req, res, file);
      const body = data.gz[file];
      res.writeHead(200, { 'content-length': body.length });
      res.write(body.subarray(0, body.length >> 1));
      halfSent();
      await released;
      res.end(body.subarray(body.length >> 1));
    });
    const loading = loadFashionMnist(options([mirror.url]));
    await half;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const during = await readdir(cacheDir()).catch(() => []);
    expect(during).not.toContain('train-images-idx3-ubyte.gz');
    release();
    const result = await loading;
    expect(result.ok).toBe(true);
    expect(await readdir(cacheDir())).toContain('train-images-idx3-ubyte.gz');
  });

  it('rejects a corrupt download with the named error and leaves nothing of it in the cache', async () => {
    const mirror = await server((req, res, file) => {
      if (file !== 't10k-images-idx3-ubyte') return serveData(req, res, file);
      const wrong = fakeDataset(12, 12).gz['t10k-images-idx3-ubyte'];
      res.writeHead(200, { 'content-length': wrong.length }).end(wrong);
    });
    const result = await loadFashionMnist(options([mirror.url]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('DATASET_HASH_MISMATCH');
    expect(String(result.error.params?.file)).toContain('t10k-images-idx3-ubyte.gz');
    expect(String(result.error.params?.file)).toContain(mirror.url);
    const files = await readdir(cacheDir());
    expect(files).not.toContain('t10k-images-idx3-ubyte.gz');
    expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('gives DATASET_DOWNLOAD_FAILED with the HTTP status when the mirror answers 404', async () => {
    const mirror = await server((_req, res) => void res.writeHead(404).end());
    const result = await loadFashionMnist(options([mirror.url]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('DATASET_DOWNLOAD_FAILED');
    expect(result.error.params?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/fm\/[a-z0-9-]+\.gz$/);
    expect(result.error.params?.reason).toBe('HTTP 404 Not Found');
    expect(String(result.error.params?.tried)).toContain(mirror.url);
    expect(await readdir(cacheDir()).catch(() => [])).toEqual([]);
  });

  it('gives DATASET_DOWNLOAD_FAILED when the server cannot be reached', async () => {
    const gone = await server(serveData);
    await gone.close();
    servers = [];
    const result = await loadFashionMnist(options([gone.url]));
    expect(result.ok ? 'ok' : result.error.code).toBe('DATASET_DOWNLOAD_FAILED');
  });

  it('tries the next mirror when the first one fails', async () => {
    const broken = await server((_req, res) => void res.writeHead(500).end());
    const good = await server(serveData);
    const result = await loadFashionMnist(options([broken.url, good.url]));
    expect(result.ok ? result.value.source : result.error.code).toBe('download');
    expect(broken.requests).toHaveLength(4);
    expect(good.requests).toHaveLength(4);
  });

  it('completes a half-filled cache by downloading only the missing files', async () => {
    await writeDataset(cacheDir(), data, ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte']);
    const mirror = await server(serveData);
    const result = await loadFashionMnist(options([mirror.url]));
    expect(result.ok ? result.value.source : result.error.code).toBe('download');
    expect(mirror.requests.sort()).toEqual([
      '/fm/t10k-images-idx3-ubyte.gz',
      '/fm/t10k-labels-idx1-ubyte.gz',
    ]);
  });

  it('says where it could not save when the cache folder cannot be created', async () => {
    const blocker = join(root.dir, 'not-a-folder');
    await writeFile(blocker, 'a file where the cache folder should be');
    const mirror = await server(serveData);
    const result = await loadFashionMnist(options([mirror.url], { cacheDir: blocker }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('DATASET_DOWNLOAD_FAILED');
    expect(String(result.error.params?.reason)).toContain(join(blocker, 'fashion-mnist'));
  });

  it('does not download when downloads are not allowed', async () => {
    const mirror = await server(serveData);
    const result = await loadFashionMnist(options([mirror.url], { allowDownload: false }));
    expect(result.ok ? 'ok' : result.error.code).toBe('DATASET_NOT_FOUND');
    expect(mirror.requests).toEqual([]);
  });
});
