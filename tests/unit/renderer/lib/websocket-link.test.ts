import { describe, expect, it } from 'vitest';
import { engineSocketUrl } from '../../../../src-renderer/lib/transports/websocket-link';

describe('engineSocketUrl', () => {
  it('points at /engine on the page\'s own host and carries the token', () => {
    expect(engineSocketUrl('http://127.0.0.1:5123/?token=abc', 'abc')).toBe('ws://127.0.0.1:5123/engine?token=abc');
  });

  it('escapes a token that holds URL characters', () => {
    expect(engineSocketUrl('http://localhost:8080/', 'a+b/c=')).toBe('ws://localhost:8080/engine?token=a%2Bb%2Fc%3D');
  });
});
