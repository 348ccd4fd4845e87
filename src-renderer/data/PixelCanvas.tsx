import { memo, useMemo } from 'react';
import { viridis } from '../inspect/colormap';
import { RgbaCanvas } from '../inspect/RgbaCanvas';

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

/** A small grey-level picture (a Fashion-MNIST image, a feature map) drawn in a palette. */
export const PixelCanvas = memo(function PixelCanvas({
  pixels,
  width = 28,
  height = 28,
  size,
  palette = 'gray',
  label,
  className,
}: PixelCanvasProps) {
  const rgba = useMemo(
    () => paintPixels(pixels, width * height, palette),
    [pixels, width, height, palette],
  );
  return (
    <RgbaCanvas
      width={width}
      height={height}
      rgba={rgba}
      size={size}
      label={label}
      className={className}
    />
  );
});
