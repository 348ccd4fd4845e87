import { describe, expect, it } from 'vitest';
import {
  memoryStorage,
  type KeyValueStorage,
} from '../../../../src-renderer/project/key-value-storage';
import {
  RECENT_CONTENTS_LIMIT,
  RECENT_KEY,
  RECENT_LIMIT,
  clearRecent,
  readRecent,
  rememberRecent,
} from '../../../../src-renderer/project/recent';

const entry = (name: string, path: string | null = null, contents: string | null = '{}') => ({
  name,
  path,
  at: '2025-01-01T00:00:00Z',
  contents,
});

describe('recent projects', () => {
  it('lists the newest first, once per file, at most RECENT_LIMIT', () => {
    const storage = memoryStorage();
    for (let i = 0; i < RECENT_LIMIT + 3; i += 1) rememberRecent(storage, entry(`p${i}`));
    rememberRecent(storage, entry('p5'));
    const names = readRecent(storage).map((e) => e.name);
    expect(names[0]).toBe('p5');
    expect(names).toHaveLength(RECENT_LIMIT);
    expect(names.filter((n) => n === 'p5')).toHaveLength(1);
  });

  it('tells files apart by path in the desktop app', () => {
    const storage = memoryStorage();
    rememberRecent(storage, entry('model', '/a/model.camadas'));
    rememberRecent(storage, entry('model', '/b/model.camadas'));
    expect(readRecent(storage).map((e) => e.path)).toEqual([
      '/b/model.camadas',
      '/a/model.camadas',
    ]);
  });

  it('keeps no copy of very large projects', () => {
    const storage = memoryStorage();
    rememberRecent(storage, entry('big', null, 'x'.repeat(RECENT_CONTENTS_LIMIT + 1)));
    expect(readRecent(storage)[0]?.contents).toBeNull();
  });

  it('drops the oldest copies when storage is full, keeping the names', () => {
    const inner = memoryStorage();
    const limited: KeyValueStorage = {
      ...inner,
      setItem: (key, value) => {
        if (value.length > 200) throw new Error('QuotaExceededError');
        inner.setItem(key, value);
      },
    };
    rememberRecent(limited, entry('old', null, 'x'.repeat(40)));
    rememberRecent(limited, entry('new', null, 'y'.repeat(40)));
    const list = readRecent(limited);
    expect(list.map((e) => e.name)).toEqual(['new', 'old']);
    expect(list.map((e) => e.contents)).toEqual(['y'.repeat(40), null]);
  });

  it('skips malformed entries and survives garbage in storage', () => {
    const storage = memoryStorage();
    storage.setItem(RECENT_KEY, JSON.stringify([entry('ok'), { name: 3 }, null]));
    expect(readRecent(storage).map((e) => e.name)).toEqual(['ok']);
    storage.setItem(RECENT_KEY, '{not json');
    expect(readRecent(storage)).toEqual([]);
    clearRecent(storage);
    expect(storage.getItem(RECENT_KEY)).toBeNull();
  });
});
