import { create } from 'zustand';

/** The help dialog on screen, if any. */
export type HelpDialog = 'shortcuts' | 'about';

interface HelpState {
  dialog: HelpDialog | null;
  show(dialog: HelpDialog): void;
  close(): void;
}

/** Which help dialog is open; the Help menu, the native menu and the "?" key open them. */
export const helpStore = create<HelpState>()((set) => ({
  dialog: null,
  show: (dialog) => set({ dialog }),
  close: () => set({ dialog: null }),
}));

/** Subscribes a component to part of the help state. */
export const useHelp = helpStore;
