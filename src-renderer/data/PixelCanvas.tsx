import { memo, useEffect, useRef } from 'react';
import { viridis } from '../inspect/colormap';

export type PixelPalette = 'gray' | 'viridis';

interface PixelCanvasProps {
  /** Grey levels 0–255, row-major. */
  pixels: ArrayLike<number>;
  width?: number;
  height?: number;
  /** Displayed size of the longer edge, in CSS pixels. */
  size: number;
  palette?: PixelPalette;
  /** Accessible description; empty when the surrounding control already names the picture. */
  label: string;
  className?: string;
}

/** RGBA bytes of grey levels drawn in a palette (grey like the course's grids, viridis like plt.imshow). */
export function paintPixels(
  pixels: ArrayLike<number>,
  count: number,
  palette: PixelPalette,
): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(count * 4);
  for (let i = 0; i < count; i++) {
    const v = pixels[i] ?? 0;
    const [r, g, b] = palette === 'gray' ? [v, v, v] : viridis(v / 255);
    rgba[i * 4] = r;
    rgba[i * 4 + 1] = g;
    rgba[i * 4 + 2] = b;
    rgba[i * 4 + 3] = 255;
  }
  return rgba;
}

/** A small picture drawn from its bytes on a canvas, scaled up with crisp pixels. */
export const PixelCanvas = memo(function PixelCanvas({
  pixels,
  width = 28,
  height = 28,
  size,
  palette = 'gray',
  label,
  className,
}: PixelCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context) return;
    const image = new ImageData(width, height);
    image.data.set(paintPixels(pixels, width * height, palette));
    context.putImageData(image, 0, 0);
  }, [pixels, width, height, palette]);
  const scale = size / Math.max(width, height);
  return (
    <canvas
      ref={ref}
      width={width}
      height={height}
      {...(label === '' ? { 'aria-hidden': true } : { role: 'img', 'aria-label': label })}
      className={['pixel-canvas', className].filter(Boolean).join(' ')}
      style={{ width: width * scale, height: height * scale }}
    />
  );
});
