import type { SimdGemm } from './simd-gemm';

/**
 * Row-major products on float32 data in one heap (addresses in bytes): the SIMD tiles where
 * they fit, JavaScript for the last rows and columns (and everything when SIMD is missing).
 */
export interface HeapGemm {
  /** C[m×n] = A[m×k]·B[k×n] (+ bias[n]) (ReLU when `relu`); bias 0 = none. */
  nn(
    a: number,
    b: number,
    c: number,
    m: number,
    k: number,
    n: number,
    bias: number,
    relu: boolean,
  ): void;
  /** C[k×n] = Aᵀ·B for A[rows×k], B[rows×n]. */
  tn(a: number, b: number, c: number, rows: number, k: number, n: number): void;
}

/** Products on `heap()` (re-read after any allocation, which may grow the memory). */
export function heapGemm(heap: () => Float32Array, simd: SimdGemm | null): HeapGemm {
  return {
    nn(a, b, c, m, k, n, bias, relu) {
      const m4 = simd ? m & ~3 : 0;
      const n8 = simd ? n & ~7 : 0;
      if (simd && m4 > 0 && n8 > 0 && k > 0)
        simd.nn(a, b, c, m4, k, n8, k * 4, n * 4, n * 4, bias, relu ? 1 : 0);
      const h = heap();
      const [A, B, C, bias0] = [a >> 2, b >> 2, c >> 2, bias >> 2];
      // Columns [n8, n) of the SIMD rows, then every column of the remaining rows.
      const cell = (i: number, j: number): void => {
        let sum = bias ? (h[bias0 + j] as number) : 0;
        for (let p = 0; p < k; p++)
          sum += (h[A + i * k + p] as number) * (h[B + p * n + j] as number);
        h[C + i * n + j] = relu && sum < 0 ? 0 : sum;
      };
      for (let i = 0; i < m4; i++) for (let j = n8; j < n; j++) cell(i, j);
      for (let i = m4; i < m; i++) for (let j = 0; j < n; j++) cell(i, j);
    },
    tn(a, b, c, rows, k, n) {
      const k4 = simd ? k & ~3 : 0;
      const n8 = simd ? n & ~7 : 0;
      if (simd && k4 > 0 && n8 > 0 && rows > 0)
        simd.tn(a, b, c, rows, k4, n8, k * 4, n * 4, n * 4, 1);
      const h = heap();
      const [A, B, C] = [a >> 2, b >> 2, c >> 2];
      const cell = (i: number, j: number): void => {
        let sum = 0;
        for (let r = 0; r < rows; r++)
          sum += (h[A + r * k + i] as number) * (h[B + r * n + j] as number);
        h[C + i * n + j] = sum;
      };
      for (let i = 0; i < k4; i++) for (let j = n8; j < n; j++) cell(i, j);
      for (let i = k4; i < k; i++) for (let j = 0; j < n; j++) cell(i, j);
    },
  };
}
