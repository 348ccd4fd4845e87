import type { KeyboardEvent } from 'react';

interface TabListProps<T extends string> {
  tabs: readonly T[];
  current: T;
  onSelect(tab: T): void;
  /** The accessible name of the whole list. */
  label: string;
  /** Each tab's id is `${idPrefix}-${tab}`. */
  idPrefix: string;
  /** Each tab's test id is `${testIdPrefix}-${tab}` (the id prefix unless given). */
  testIdPrefix?: string;
  /** The id of the panel a tab controls. */
  panelOf(tab: T): string;
  /** What a tab says. */
  textOf(tab: T): string;
  className?: string;
}

const STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * A row of ARIA tabs with one tab stop: Tab reaches the selected tab, the arrow keys (and Home,
 * End) move to the others and select them, as the WAI-ARIA tabs pattern describes.
 */
export function TabList<T extends string>({
  tabs,
  current,
  onSelect,
  label,
  idPrefix,
  testIdPrefix = idPrefix,
  panelOf,
  textOf,
  className,
}: TabListProps<T>) {
  const onKeyDown = (event: KeyboardEvent, tab: T) => {
    const step = STEPS[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = tabs[step(tabs.indexOf(tab), tabs.length)] ?? tab;
    onSelect(next);
    document.getElementById(`${idPrefix}-${next}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={className}>
      {tabs.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={`${idPrefix}-${tab}`}
          aria-selected={current === tab}
          aria-controls={panelOf(tab)}
          tabIndex={current === tab ? 0 : -1}
          data-testid={`${testIdPrefix}-${tab}`}
          onClick={() => onSelect(tab)}
          onKeyDown={(event) => onKeyDown(event, tab)}
        >
          {textOf(tab)}
        </button>
      ))}
    </div>
  );
}
