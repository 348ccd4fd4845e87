import type { ReactNode } from 'react';

/** The frame of every help picture: a small SVG with its description as the accessible name. */
export function PictureFrame({ label, width, height, children }: { label: string; width: number; height: number; children: ReactNode }) {
  return (
    <svg
      className="help-picture"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      data-testid="help-picture"
    >
      {children}
    </svg>
  );
}

/** An arrow from (x1, y) to (x2, y), the head drawn as a path (no markers: simpler to theme). */
export function ArrowRight({ x1, x2, y }: { x1: number; x2: number; y: number }) {
  return (
    <g className="pic-line">
      <line x1={x1} y1={y} x2={x2 - 1} y2={y} />
      <path d={`M${x2 - 6},${y - 4} L${x2},${y} L${x2 - 6},${y + 4}`} fill="none" />
    </g>
  );
}
