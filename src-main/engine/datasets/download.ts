import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fail, type AppError, type Result } from '../../../src-shared/protocol/result';
import { datasetError, describeError } from './errors';
import { decodeDatasetFile, type DecodedFile } from './dataset-file';
import type { DatasetFileSpec } from './files';
import type { DatasetProgress } from './types';

/** A download that sends nothing for this long is abandoned. */
const IDLE_TIMEOUT_MS = 30_000;
/** The largest official file is 26 MB compressed; anything far bigger is not it. */
const MAX_DOWNLOAD_BYTES = 64 * 1024 * 1024;
const PROGRESS_INTERVAL_MS = 100;

export interface DownloadTarget {
  spec: DatasetFileSpec;
  expectedHash: string;
  /** Folder the verified .gz is written into (created when missing). */
  dir: string;
  mirrors: readonly string[];
  onProgress?: (progress: DatasetProgress) => void;
}

/**
 * Downloads one file, trying each mirror in order. The bytes are verified (gunzip, idx
 * structure, SHA-256 of the content) before anything touches the disk, then written to a temp
 * file in the same folder and renamed, so the cache never holds a partial or wrong file.
 */
export async function downloadDatasetFile(target: DownloadTarget): Promise<Result<DecodedFile>> {
  const errors: AppError[] = [];
  for (const base of target.mirrors) {
    const url = `${base}/${target.spec.name}.gz`;
    const result = await downloadFrom(url, target);
    if (result.ok) return result;
    errors.push(result.error);
  }
  const first = errors[0];
  if (!first) {
    return fail(
      datasetError('DATASET_DOWNLOAD_FAILED', {
        file: `${target.spec.name}.gz`,
        url: '-',
        reason: 'no mirror is configured',
      }),
    );
  }
  if (errors.length === 1) return fail(first);
  const others = errors
    .slice(1)
    .map((error) => error.message)
    .join(' ');
  return fail({ ...first, message: `${first.message} Other mirrors: ${others}` });
}

async function downloadFrom(url: string, target: DownloadTarget): Promise<Result<DecodedFile>> {
  const file = `${target.spec.name}.gz`;
  const failed = (reason: string): Result<DecodedFile> =>
    fail(datasetError('DATASET_DOWNLOAD_FAILED', { file, url, reason }));
  const fetched = await fetchBytes(url, file, target.onProgress);
  if (!fetched.ok) return failed(fetched.error);
  const decoded = await decodeDatasetFile(
    fetched.value,
    `${file} (${url})`,
    target.spec,
    target.expectedHash,
  );
  if (!decoded.ok) return decoded;
  const finalPath = join(target.dir, file);
  const tempPath = join(
    target.dir,
    `.${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    await mkdir(target.dir, { recursive: true });
    await writeFile(tempPath, fetched.value, { flag: 'wx' });
    await rename(tempPath, finalPath);
  } catch (error) {
    await unlink(tempPath).catch(() => undefined);
    return failed(`could not save it in ${target.dir}: ${describeError(error)}`);
  }
  return decoded;
}

type FetchOutcome = { ok: true; value: Uint8Array } | { ok: false; error: string };

async function fetchBytes(
  url: string,
  file: string,
  onProgress: DownloadTarget['onProgress'],
): Promise<FetchOutcome> {
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), IDLE_TIMEOUT_MS);
  const touch = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), IDLE_TIMEOUT_MS);
  };
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok || !response.body) {
      await response.body?.cancel().catch(() => undefined);
      return {
        ok: false,
        error: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      };
    }
    const lengthHeader = Number(response.headers.get('content-length'));
    const totalBytes = Number.isFinite(lengthHeader) && lengthHeader > 0 ? lengthHeader : null;
    if (totalBytes !== null && totalBytes > MAX_DOWNLOAD_BYTES) {
      await response.body.cancel().catch(() => undefined);
      return { ok: false, error: `the server sends ${totalBytes} bytes, far more than expected` };
    }
    const chunks: Uint8Array[] = [];
    let receivedBytes = 0;
    let lastReport = 0;
    onProgress?.({ file, receivedBytes, totalBytes });
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      touch();
      chunks.push(value);
      receivedBytes += value.byteLength;
      if (receivedBytes > MAX_DOWNLOAD_BYTES) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, error: `the download grew beyond ${MAX_DOWNLOAD_BYTES} bytes` };
      }
      const now = Date.now();
      if (onProgress && now - lastReport >= PROGRESS_INTERVAL_MS) {
        lastReport = now;
        onProgress({ file, receivedBytes, totalBytes });
      }
    }
    if (totalBytes !== null && receivedBytes !== totalBytes) {
      return {
        ok: false,
        error: `the connection closed after ${receivedBytes} of ${totalBytes} bytes`,
      };
    }
    onProgress?.({ file, receivedBytes, totalBytes });
    return { ok: true, value: concat(chunks, receivedBytes) };
  } catch (error) {
    const reason = controller.signal.aborted
      ? `no data for ${IDLE_TIMEOUT_MS / 1000} s`
      : describeError(error instanceof Error && error.cause instanceof Error ? error.cause : error);
    return { ok: false, error: reason };
  } finally {
    clearTimeout(timer);
  }
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
