// btoa/atob take "binary strings"; building them in chunks avoids call-stack limits on big photos.
const CHUNK = 0x8000;

/** Bytes as base64 (for pictures sent to the engine). */
export function bytesToBase64(bytes: Uint8Array | Uint8ClampedArray): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** base64 back to bytes (pictures the engine sends back). */
export function base64ToBytes(base64: string): Uint8ClampedArray {
  const binary = atob(base64);
  const bytes = new Uint8ClampedArray(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
