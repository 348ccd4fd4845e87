import { describe, expect, it } from 'vitest';
import { createTemplate } from '../../../../src-shared/graph/templates';
import {
  isRequestName,
  parseClientMessage,
  parseEngineMessage,
  parseRequestParams,
  REQUEST_METHODS,
  requestIdOf,
} from '../../../../src-shared/protocol/validate';

const codeOf = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? 'ok' : result.error?.code);

describe('parseClientMessage', () => {
  it('accepts a well-formed request and a cancel', () => {
    const request = parseClientMessage({ type: 'request', id: 'r1', method: 'engine.info', params: {} });
    expect(request).toEqual({ ok: true, value: { type: 'request', id: 'r1', method: 'engine.info', params: {} } });
    expect(parseClientMessage({ type: 'cancel', id: 'r1' }).ok).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'engine.info'],
    ['an array', [1, 2]],
    ['an unknown type', { type: 'shout', id: 'x' }],
    ['a request without id', { type: 'request', method: 'engine.info', params: {} }],
    ['an empty id', { type: 'request', id: '', method: 'engine.info', params: {} }],
    ['a numeric id', { type: 'request', id: 7, method: 'engine.info', params: {} }],
    ['an over-long id', { type: 'request', id: 'x'.repeat(500), method: 'engine.info' }],
    ['a method that is not a string', { type: 'request', id: 'a', method: 42 }],
    ['a cancel without id', { type: 'cancel' }],
  ])('rejects %s as MESSAGE_INVALID', (_label, raw) => {
    expect(codeOf(parseClientMessage(raw))).toBe('MESSAGE_INVALID');
  });

  it('rejects an unknown method as METHOD_UNKNOWN, naming it', () => {
    const result = parseClientMessage({ type: 'request', id: 'a', method: 'engine.selfDestruct', params: {} });
    expect(codeOf(result)).toBe('METHOD_UNKNOWN');
    expect(result.ok ? null : result.error.params).toEqual({ method: 'engine.selfDestruct' });
  });

  it('does not treat inherited object keys as methods', () => {
    expect(isRequestName('toString')).toBe(false);
    expect(isRequestName('__proto__')).toBe(false);
    expect(codeOf(parseClientMessage({ type: 'request', id: 'a', method: 'constructor' }))).toBe('METHOD_UNKNOWN');
  });
});

describe('parseRequestParams', () => {
  it('has a schema for every request method', () => {
    expect(REQUEST_METHODS).toEqual(
      expect.arrayContaining(['engine.info', 'dataset.status', 'dataset.images', 'train.start', 'run.evaluate', 'run.predict', 'run.export', 'run.release']),
    );
  });

  it('treats missing params as {} and refuses unexpected ones', () => {
    expect(parseRequestParams('engine.info', undefined).ok).toBe(true);
    expect(codeOf(parseRequestParams('engine.info', { extra: 1 }))).toBe('MESSAGE_INVALID');
  });

  it('checks dataset.images ranges', () => {
    expect(parseRequestParams('dataset.images', { split: 'test', offset: 0, limit: 10 }).ok).toBe(true);
    expect(codeOf(parseRequestParams('dataset.images', { split: 'valid', offset: 0, limit: 10 }))).toBe('MESSAGE_INVALID');
    expect(codeOf(parseRequestParams('dataset.images', { split: 'test', offset: -1, limit: 10 }))).toBe('MESSAGE_INVALID');
    expect(codeOf(parseRequestParams('dataset.images', { split: 'test', offset: 0, limit: 1.5 }))).toBe('MESSAGE_INVALID');
    expect(codeOf(parseRequestParams('dataset.images', { split: 'test', offset: 0, limit: 100_000 }))).toBe('MESSAGE_INVALID');
  });

  it('accepts train.start with a graph object and a safe run id only', () => {
    expect(parseRequestParams('train.start', { runId: 'run-1', graph: createTemplate('course-mlp') }).ok).toBe(true);
    expect(codeOf(parseRequestParams('train.start', { runId: '../etc', graph: {} }))).toBe('MESSAGE_INVALID');
    expect(codeOf(parseRequestParams('train.start', { runId: 'a', graph: 'course-mlp' }))).toBe('MESSAGE_INVALID');
    expect(codeOf(parseRequestParams('train.start', { runId: 'a' }))).toBe('MESSAGE_INVALID');
  });

  it('checks predict and export params', () => {
    expect(parseRequestParams('run.predict', { runId: 'a', images: [[0, 1, 2]] }).ok).toBe(true);
    expect(codeOf(parseRequestParams('run.predict', { runId: 'a', images: [] }))).toBe('MESSAGE_INVALID');
    expect(codeOf(parseRequestParams('run.predict', { runId: 'a', images: [['x']] }))).toBe('MESSAGE_INVALID');
    expect(parseRequestParams('run.export', { runId: 'a', format: 'tfjs', path: '/tmp/x' }).ok).toBe(true);
    expect(codeOf(parseRequestParams('run.export', { runId: 'a', format: 'onnx', path: '/tmp/x' }))).toBe('MESSAGE_INVALID');
    expect(codeOf(parseRequestParams('run.export', { runId: 'a', format: 'tfjs', path: '' }))).toBe('MESSAGE_INVALID');
  });

  it('says which field is wrong', () => {
    const result = parseRequestParams('dataset.images', { split: 'test', offset: 0, limit: 0 });
    expect(result.ok ? '' : result.error.message).toContain('params.limit');
  });
});

describe('requestIdOf and parseEngineMessage', () => {
  it('finds the id of a malformed request so it can be answered', () => {
    expect(requestIdOf({ id: 'abc', type: 'nonsense' })).toBe('abc');
    expect(requestIdOf({ id: 3 })).toBeNull();
    expect(requestIdOf('x')).toBeNull();
  });

  it('accepts replies, events and statuses and rejects anything else', () => {
    expect(parseEngineMessage({ type: 'reply', id: '1', result: { ok: true, value: 3 } }).ok).toBe(true);
    expect(parseEngineMessage({ type: 'reply', id: '1', result: { ok: false, error: { code: 'INTERNAL', message: 'x' } } }).ok).toBe(true);
    expect(parseEngineMessage({ type: 'event', event: 'train.batch', payload: {} }).ok).toBe(true);
    expect(parseEngineMessage({ type: 'status', state: 'ready' }).ok).toBe(true);
    expect(codeOf(parseEngineMessage({ type: 'reply', id: '1', result: { ok: 'yes' } }))).toBe('MESSAGE_INVALID');
    expect(codeOf(parseEngineMessage({ type: 'status', state: 'sleeping' }))).toBe('MESSAGE_INVALID');
    expect(codeOf(parseEngineMessage(undefined))).toBe('MESSAGE_INVALID');
  });
});
