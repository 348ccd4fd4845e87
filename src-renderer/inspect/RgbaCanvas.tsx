import { memo, useEffect, useRef } from 'react';

interface RgbaCanvasProps {
  width: number;
  height: number;
  /** RGBA bytes, row-major, `width × height × 4` of them (anything else draws nothing). */
  rgba: Uint8ClampedArray;
  /** Displayed size of the longer edge, in CSS pixels. */
  size: number;
  /** Accessible description; empty when the surrounding control already names the picture. */
  label: string;
  className?: string;
}

/** An RGBA picture on a canvas, scaled up to a fixed size with crisp pixels. */
export const RgbaCanvas = memo(function RgbaCanvas({
  width,
  height,
  rgba,
  size,
  label,
  className,
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
      {...(label === '' ? { 'aria-hidden': true } : { role: 'img', 'aria-label': label })}
      className={['pixel-canvas', className].filter(Boolean).join(' ')}
      style={{ width: Math.round(width * scale), height: Math.round(height * scale) }}
    />
  );
});
