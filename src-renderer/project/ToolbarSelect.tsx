import { useId } from 'react';

/** One entry of a command list: what it sends back and what the user reads. */
export interface ToolbarSelectEntry {
  value: string;
  label: string;
}

interface ToolbarSelectProps {
  /** The accessible name, also said by screen readers when the list opens. */
  label: string;
  /** What the closed list shows; picking it does nothing. */
  placeholder: string;
  entries: readonly ToolbarSelectEntry[];
  onPick(value: string): void;
  disabled?: boolean;
  testId: string;
  className?: string;
}

/**
 * A list of commands in a native select (templates, recent projects): picking an entry runs it,
 * and the list shows its placeholder again, ready for the next pick.
 */
export function ToolbarSelect({ label, placeholder, entries, onPick, disabled = false, testId, className }: ToolbarSelectProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select
        id={id}
        className={className}
        data-testid={testId}
        disabled={disabled}
        value=""
        onChange={(event) => {
          if (event.target.value !== '') onPick(event.target.value);
        }}
      >
        <option value="">{placeholder}</option>
        {entries.map((entry) => (
          <option key={entry.value} value={entry.value}>
            {entry.label}
          </option>
        ))}
      </select>
    </>
  );
}
