/** Undo and redo arrows for the toolbar; the buttons carry the words as their accessible names. */
function ArcArrow({ flip }: { flip: boolean }) {
  return (
    <svg
      className="toolbar-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      style={flip ? { transform: 'scaleX(-1)' } : undefined}
    >
      <path d="M5.5 3.5 2.5 6.5l3 3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M3 6.5h6.5a4 4 0 0 1 0 8H7" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

/** An arrow curling back to the left. */
export const UndoIcon = () => <ArcArrow flip={false} />;
/** An arrow curling forward to the right. */
export const RedoIcon = () => <ArcArrow flip />;
