import type * as H5 from 'h5wasm';

export type H5Module = typeof H5;

let loading: Promise<H5Module> | null = null;

/**
 * Loads h5wasm's Node build (real files through Emscripten's NODERAWFS) once. Emscripten refuses
 * to start when `navigator.userAgent` looks like a browser, which it does in Electron's
 * processes, so `navigator` is hidden while the module initialises.
 */
export function loadH5wasm(): Promise<H5Module> {
  loading ??= (async () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    const hide = descriptor?.configurable === true;
    if (hide) Object.defineProperty(globalThis, 'navigator', { value: undefined, configurable: true });
    try {
      const module = (await import('h5wasm/node')) as H5Module;
      await module.ready;
      return module;
    } finally {
      if (hide && descriptor) Object.defineProperty(globalThis, 'navigator', descriptor);
    }
  })();
  return loading;
}
