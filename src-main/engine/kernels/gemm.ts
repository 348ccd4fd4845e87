import type { SimdGemm } from './simd-gemm';

/**
 * Row-major products on float32 data in one heap (addresses in bytes). Column counts that are
 * not a multiple of 8 (10 classes) are padded into scratch buffers so that the SIMD tiles still
 * cover them; only rows beyond a multiple of 4 (a last, partial batch) are left to JavaScript,
 * which also does everything when SIMD is missing.
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

/** Scratch memory on the same heap. */
export interface HeapAllocator {
  malloc(bytes: number): number;
  free(address: number): void;
}

/** Copies `rows` rows of `cols` floats between row strides `fromStride` and `toStride`, zero-filling. */
function copyRows(
  h: Float32Array,
  from: number,
  to: number,
  rows: number,
  cols: number,
  fromStride: number,
  toStride: number,
): void {
  for (let r = 0; r < rows; r++) {
    const src = from + r * fromStride;
    const dst = to + r * toStride;
    for (let j = 0; j < cols; j++) h[dst + j] = h[src + j] as number;
    for (let j = cols; j < toStride; j++) h[dst + j] = 0;
  }
}

const roundUp8 = (n: number): number => (n + 7) & ~7;

/** Products on `heap()` (re-read after any allocation, which may grow the memory). */
export function heapGemm(
  heap: () => Float32Array,
  simd: SimdGemm | null,
  scratch: HeapAllocator,
): HeapGemm {
  /** The JavaScript product for rows [fromRow, m) of nn. */
  const nnRows = (
    a: number,
    b: number,
    c: number,
    fromRow: number,
    m: number,
    k: number,
    n: number,
    bias: number,
    relu: boolean,
  ): void => {
    const h = heap();
    const [A, B, C, bias0] = [a >> 2, b >> 2, c >> 2, bias >> 2];
    for (let i = fromRow; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let sum = bias ? (h[bias0 + j] as number) : 0;
        for (let p = 0; p < k; p++)
          sum += (h[A + i * k + p] as number) * (h[B + p * n + j] as number);
        h[C + i * n + j] = relu && sum < 0 ? 0 : sum;
      }
    }
  };
  const tnRows = (
    a: number,
    b: number,
    c: number,
    rows: number,
    fromRow: number,
    k: number,
    n: number,
  ): void => {
    const h = heap();
    const [A, B, C] = [a >> 2, b >> 2, c >> 2];
    for (let i = fromRow; i < k; i++) {
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let r = 0; r < rows; r++)
          sum += (h[A + r * k + i] as number) * (h[B + r * n + j] as number);
        h[C + i * n + j] = sum;
      }
    }
  };
  return {
    nn(a, b, c, m, k, n, bias, relu) {
      const m4 = m & ~3;
      if (!simd || m4 === 0 || k === 0 || n === 0) return nnRows(a, b, c, 0, m, k, n, bias, relu);
      const np = roundUp8(n);
      if (np === n) {
        simd.nn(a, b, c, m4, k, n, k * 4, n * 4, n * 4, bias, relu ? 1 : 0);
      } else {
        const bp = scratch.malloc(k * np * 4);
        const cp = scratch.malloc(m4 * np * 4);
        const biasP = bias ? scratch.malloc(np * 4) : 0;
        try {
          let h = heap();
          copyRows(h, b >> 2, bp >> 2, k, n, n, np);
          if (bias) copyRows(h, bias >> 2, biasP >> 2, 1, n, n, np);
          simd.nn(a, bp, cp, m4, k, np, k * 4, np * 4, np * 4, biasP, relu ? 1 : 0);
          h = heap();
          const [C, CP] = [c >> 2, cp >> 2];
          for (let i = 0; i < m4; i++)
            for (let j = 0; j < n; j++) h[C + i * n + j] = h[CP + i * np + j] as number;
        } finally {
          scratch.free(bp);
          scratch.free(cp);
          if (biasP) scratch.free(biasP);
        }
      }
      if (m4 < m) nnRows(a, b, c, m4, m, k, n, bias, relu);
    },
    tn(a, b, c, rows, k, n) {
      const k4 = k & ~3;
      if (!simd || k4 === 0 || rows === 0 || n === 0) return tnRows(a, b, c, rows, 0, k, n);
      const np = roundUp8(n);
      if (np === n) {
        simd.tn(a, b, c, rows, k4, n, k * 4, n * 4, n * 4, 1);
      } else {
        const bp = scratch.malloc(rows * np * 4);
        const cp = scratch.malloc(k4 * np * 4);
        try {
          let h = heap();
          copyRows(h, b >> 2, bp >> 2, rows, n, n, np);
          simd.tn(a, bp, cp, rows, k4, np, k * 4, np * 4, np * 4, 1);
          h = heap();
          const [C, CP] = [c >> 2, cp >> 2];
          for (let i = 0; i < k4; i++)
            for (let j = 0; j < n; j++) h[C + i * n + j] = h[CP + i * np + j] as number;
        } finally {
          scratch.free(bp);
          scratch.free(cp);
        }
      }
      if (k4 < k) tnRows(a, b, c, rows, k4, k, n);
    },
  };
}
