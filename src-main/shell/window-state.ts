import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './file-io';
import { MIN_WINDOW_SIZE } from './window-options';

/** The window's place on screen, remembered between runs in userData/window-state.json. */
export interface WindowState {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

const stateSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(MIN_WINDOW_SIZE.width).max(100_000),
  height: z.number().int().min(MIN_WINDOW_SIZE.height).max(100_000),
  maximized: z.boolean(),
});

/** The remembered state, or null when there is none or the file is damaged (never throws). */
export async function loadWindowState(file: string): Promise<WindowState | null> {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Remembers the window state (atomically: a crash mid-write keeps the old file). */
export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(state, null, 2));
}

/** Pixels of `a` that overlap `b`. */
function overlap(a: Area, b: Area): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return Math.max(0, width) * Math.max(0, height);
}

/**
 * Bounds to restore: the remembered ones if enough of the window is on a screen that still
 * exists; otherwise only the size (the OS then centres it), shrunk to fit the largest screen.
 */
export function boundsOnScreen(state: WindowState, workAreas: readonly Area[]): Partial<Area> {
  const visible = Math.max(0, ...workAreas.map((area) => overlap(state, area)));
  const titleBarReachable = workAreas.some((area) => overlap({ ...state, height: 32 }, area) > 0);
  if (titleBarReachable && visible >= 0.3 * state.width * state.height) {
    return { x: state.x, y: state.y, width: state.width, height: state.height };
  }
  const widest = Math.max(MIN_WINDOW_SIZE.width, ...workAreas.map((area) => area.width));
  const tallest = Math.max(MIN_WINDOW_SIZE.height, ...workAreas.map((area) => area.height));
  return { width: Math.min(state.width, widest), height: Math.min(state.height, tallest) };
}
