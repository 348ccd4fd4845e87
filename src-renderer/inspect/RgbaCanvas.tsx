import { memo, useEffect, useRef } from 'react';

interface RgbaCanvasProps {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
  /** Displayed size of the longer edge, in CSS pixels. */
  size: number;
  label: string;
}

/** An RGBA picture (a pipeline step) on a canvas, scaled to a fixed size with crisp pixels. */
export const RgbaCanvas = memo(function RgbaCanvas({
  width,
  height,
  rgba,
  size,
  label,
}: RgbaCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context || rgba.length !== width * height * 4) return;
    const image = new ImageData(width, height);
    image.data.set(rgba);
    context.putImageData(image, 0, 0);
  }, [rgba, width, height]);
  const scale = size / Math.max(width, height);
  return (
    <canvas
      ref={ref}
      width={width}
      height={height}
      role="img"
      aria-label={label}
      className="pixel-canvas"
      style={{ width: Math.round(width * scale), height: Math.round(height * scale) }}
    />
  );
});
