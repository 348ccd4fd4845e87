import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh session token: 32 random bytes, URL-safe. */
export function createSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Compares tokens in constant time so the token cannot be guessed byte by byte. */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The names this server answers to; anything else in `Host` is a DNS-rebinding attempt. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** The page origins allowed to open the WebSocket (the pages this server itself serves). */
export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((host) => `http://${host}`);
}

/** True when the request's Host header names this server. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

/** True when the Origin header is one of the pages this server serves. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  return origin !== undefined && allowedOrigins(port).includes(origin.toLowerCase());
}

/**
 * Sent with every page. Mirrors the meta tag in src-renderer/index.html and adds what only a
 * header can say (frame-ancestors). `'self'` covers the WebSocket to this same host and port.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every HTTP answer: no sniffing, no framing, no token leaking via Referer. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
