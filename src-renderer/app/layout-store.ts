import { create } from 'zustand';

/** Side panels that can be folded away to give the canvas room. */
export type CollapsiblePanel = 'training' | 'editorSide';

const STORAGE_KEY = 'camadas.layout';

interface LayoutState {
  collapsed: Record<CollapsiblePanel, boolean>;
  /** The canvas' overview map (React Flow minimap). */
  minimap: boolean;
  setCollapsed(panel: CollapsiblePanel, collapsed: boolean): void;
  toggle(panel: CollapsiblePanel): void;
  setMinimap(shown: boolean): void;
}

type Saved = Pick<LayoutState, 'collapsed' | 'minimap'>;

const DEFAULTS: Saved = { collapsed: { training: false, editorSide: false }, minimap: false };

/** Reads the remembered layout; anything unexpected falls back to the defaults. */
export function readLayout(text: string | null): Saved {
  if (text === null) return DEFAULTS;
  try {
    const value = JSON.parse(text) as Partial<{ collapsed: Partial<Record<CollapsiblePanel, unknown>>; minimap: unknown }>;
    return {
      collapsed: {
        training: value.collapsed?.training === true,
        editorSide: value.collapsed?.editorSide === true,
      },
      minimap: value.minimap === true,
    };
  } catch {
    return DEFAULTS;
  }
}

function load(): Saved {
  try {
    return readLayout(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return DEFAULTS;
  }
}

function save(state: Saved): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ collapsed: state.collapsed, minimap: state.minimap }));
  } catch {
    // Remembered for this session only.
  }
}

/** Which side panels are folded and whether the minimap shows; remembered between sessions. */
export const layoutStore = create<LayoutState>()((set, get) => ({
  ...load(),
  setCollapsed(panel, collapsed) {
    set({ collapsed: { ...get().collapsed, [panel]: collapsed } });
    save(get());
  },
  toggle(panel) {
    get().setCollapsed(panel, !get().collapsed[panel]);
  },
  setMinimap(minimap) {
    set({ minimap });
    save(get());
  },
}));

/** Subscribes a component to part of the layout. */
export const useLayout = layoutStore;
