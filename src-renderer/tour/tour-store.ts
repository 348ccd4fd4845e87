import { create } from 'zustand';
import { TOUR_STEPS } from './tour-steps';

/** localStorage key set once the tour has been shown. */
export const TOUR_SEEN_KEY = 'camadas.tour.seen';

interface TourState {
  open: boolean;
  step: number;
  start(): void;
  next(): void;
  back(): void;
  close(): void;
}

/** True when this browser profile has already been shown the tour. */
export function tourSeen(storage: Pick<Storage, 'getItem'> | null): boolean {
  try {
    return storage?.getItem(TOUR_SEEN_KEY) === '1';
  } catch {
    // Without storage the tour cannot be remembered; better not to show it on every start.
    return true;
  }
}

/** Remembers that the tour was shown, so it does not open by itself again. */
export function markTourSeen(storage: Pick<Storage, 'setItem'> | null): void {
  try {
    storage?.setItem(TOUR_SEEN_KEY, '1');
  } catch {
    // Not remembered; harmless.
  }
}

/** The guided tour: open or not, and which step. Next on the last step closes it. */
export const tourStore = create<TourState>()((set, get) => ({
  open: false,
  step: 0,
  start: () => set({ open: true, step: 0 }),
  next: () => {
    const step = get().step + 1;
    if (step >= TOUR_STEPS.length) set({ open: false, step: 0 });
    else set({ step });
  },
  back: () => set({ step: Math.max(0, get().step - 1) }),
  close: () => set({ open: false, step: 0 }),
}));

/** Subscribes a component to part of the tour state. */
export const useTour = tourStore;
