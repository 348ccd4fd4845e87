import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../../../../src-main/engine/backend';
import { createEngineServer } from '../../../../../src-main/engine/server';
import type { EngineMessage } from '../../../../../src-shared/protocol/messages';
import { parseRequestParams } from '../../../../../src-shared/protocol/validate';
import { MAX_IMPORT_FILES } from '../../../../../src-shared/protocol/export-types';

type Reply = Extract<EngineMessage, { type: 'reply' }>;

const replies = new Map<string, (reply: Reply) => void>();
const server = createEngineServer((message) => {
  if (message.type === 'reply') replies.get(message.id)?.(message);
});
const ask = (id: string, method: string, params: unknown) =>
  new Promise<Reply>((resolve) => {
    replies.set(id, resolve);
    server.handle({ type: 'request', id, method, params });
  });
const codeOf = (reply: Reply) => (reply.result.ok ? 'ok' : reply.result.error.code);

beforeAll(async () => {
  await selectBackend('cpu');
});
afterAll(() => server.dispose());

describe('export and import requests at the engine boundary', () => {
  it('routes run.exportFiles and model.import to their handlers', async () => {
    expect(codeOf(await ask('e', 'run.exportFiles', { runId: 'nothing', format: 'h5' }))).toBe('RUN_NOT_FOUND');
    const json = Buffer.from('{}').toString('base64');
    expect(codeOf(await ask('i', 'model.import', { files: [{ name: 'model.json', base64: json }] }))).toBe('MODEL_UNSUPPORTED_FORMAT');
  });

  it('refuses malformed export params: unknown format, a stem with a folder in it, an unknown language', async () => {
    for (const params of [
      { runId: 'r', format: 'onnx' },
      { runId: 'r', format: 'h5', name: '../evil' },
      { runId: 'r', format: 'h5', name: '.hidden' },
      { runId: 'r', format: 'h5', locale: 'fr' },
      { runId: 'r/x', format: 'h5' },
    ]) {
      expect(codeOf(await ask(`bad-${JSON.stringify(params)}`, 'run.exportFiles', params)), JSON.stringify(params)).toBe('MESSAGE_INVALID');
    }
  });

  it('refuses malformed import params: no files, too many, text that is not base64', async () => {
    const file = { name: 'model.json', base64: 'e30=' };
    for (const params of [{ files: [] }, { files: Array.from({ length: MAX_IMPORT_FILES + 1 }, () => file) }, { files: [{ name: 'model.json', base64: 'not base64!' }] }, { files: [{ ...file, extra: 1 }] }]) {
      expect(parseRequestParams('model.import', params).ok).toBe(false);
    }
    expect(parseRequestParams('model.import', { files: [file] }).ok).toBe(true);
  });

  it('accepts an optional language on run.export', () => {
    expect(parseRequestParams('run.export', { runId: 'r', format: 'python', path: '/tmp/x.py', locale: 'pt-BR' }).ok).toBe(true);
    expect(parseRequestParams('run.export', { runId: 'r', format: 'python', path: '/tmp/x.py', locale: 'de' }).ok).toBe(false);
  });
});
