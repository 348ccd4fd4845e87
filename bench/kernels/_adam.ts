import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
await tf.setBackend('wasm');
const shapes = [[784, 128], [128], [128, 10], [10]];
const vars = shapes.map((s, i) => tf.variable(tf.randomNormal(s), true, `w${i}`));
const grads = shapes.map((s) => tf.randomNormal(s));
const opt = tf.train.adam(1e-3);
const named = vars.map((v, i) => ({ name: v.name, tensor: grads[i]! }));
function time(name: string, f: () => void, n = 300) {
  for (let i = 0; i < 20; i++) f();
  let best = Infinity;
  for (let r = 0; r < 7; r++) {
    const t = performance.now();
    for (let i = 0; i < n / 5; i++) f();
    best = Math.min(best, (performance.now() - t) / (n / 5));
  }
  console.log(name.padEnd(30), (best * 1000).toFixed(1), 'us');
}
time('adam applyGradients', () => opt.applyGradients(named));
const big = tf.randomNormal([784 * 128]);
time('one elementwise mul 100k', () => tf.mul(big, big).dispose());
time('one scalar mul 10', () =>
  tf.tidy(() => {
    tf.mul(grads[3]!, 0.5);
  }),
);
console.log(tf.memory().numTensors);
