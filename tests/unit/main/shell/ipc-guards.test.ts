import { describe, expect, it } from 'vitest';
import {
  documentStateSchema,
  isTrustedSender,
  localeSchema,
  noPayloadSchema,
  saveProjectSchema,
} from '../../../../src-main/shell/ipc-guards';
import { MAX_PROJECT_BYTES } from '../../../../src-main/shell/file-io';

const APP = 'file:///opt/Camadas/out/renderer/index.html';

describe('IPC sender check', () => {
  it('trusts only the app page in the top frame', () => {
    expect(isTrustedSender({ url: APP, isMainFrame: true }, APP)).toBe(true);
    expect(isTrustedSender({ url: APP, isMainFrame: false }, APP)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true }, APP)).toBe(false);
    expect(isTrustedSender(null, APP)).toBe(false);
  });
});

describe('IPC payload validation', () => {
  it('accepts a well-formed save request', () => {
    expect(saveProjectSchema.safeParse({ contents: '{}', path: null, suggestedName: 'a.camadas' }).success).toBe(true);
    expect(saveProjectSchema.safeParse({ contents: '{}', path: '/home/u/a.camadas', suggestedName: 'a.camadas' }).success).toBe(true);
  });

  it.each([
    ['missing contents', { path: null, suggestedName: 'a.camadas' }],
    ['contents not text', { contents: 42, path: null, suggestedName: 'a.camadas' }],
    ['empty path', { contents: '{}', path: '', suggestedName: 'a.camadas' }],
    ['extra field', { contents: '{}', path: null, suggestedName: 'a.camadas', mode: 0o777 }],
    ['oversized project', { contents: 'x'.repeat(MAX_PROJECT_BYTES + 1), path: null, suggestedName: 'a.camadas' }],
    ['not an object', 'save please'],
  ])('rejects a save request with %s', (_name, payload) => {
    expect(saveProjectSchema.safeParse(payload).success).toBe(false);
  });

  it('rejects unknown locales, malformed document states and smuggled payloads', () => {
    expect(localeSchema.safeParse('pt-BR').success).toBe(true);
    expect(localeSchema.safeParse('fr').success).toBe(false);
    expect(documentStateSchema.safeParse({ title: 'x', dirty: true }).success).toBe(true);
    expect(documentStateSchema.safeParse({ title: 'x', dirty: 'yes' }).success).toBe(false);
    expect(noPayloadSchema.safeParse(undefined).success).toBe(true);
    expect(noPayloadSchema.safeParse({ path: '/etc' }).success).toBe(false);
  });
});
