/** A tensor shape without the batch dimension: `[28, 28]`, `[784]`, `[128]`. */
export type Shape = readonly number[];

/** Number of values in one example of this shape. */
export function shapeSize(shape: Shape): number {
  return shape.reduce((product, dim) => product * dim, 1);
}

/** How a shape is shown to people: `28 × 28`, `784`. */
export function formatShape(shape: Shape): string {
  return shape.join(' × ');
}

/** Keras' notation for summaries and generated code: `(None, 28, 28)`. */
export function formatKerasShape(shape: Shape): string {
  return `(None, ${shape.join(', ')})`;
}
