import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { helpContent, type HelpTopic } from './help-topics';
import { HelpPicture } from './HelpPicture';
import { placePopover, type PopoverPlace } from './place-popover';
import './help.css';

// One explanation at a time: opening a tip closes the one that was open.
let closeOpenTip: (() => void) | null = null;

interface HelpTipProps {
  /** What the tip is about, for the button's accessible name ("What is Epochs?"). */
  subject: string;
  /** The concept explained: picks the sentences and the picture. */
  topic?: HelpTopic;
  /** Text to show instead of the topic's own (panels that already have a sentence for it). */
  text?: string;
  /** Id of the explanation, so a field can point at it with aria-describedby. */
  id?: string;
}

/**
 * A "?" button that opens one or two plain sentences and, where it helps, a tiny picture.
 * Keyboard operable; closes on Escape (focus goes back to the button) or a click elsewhere.
 * The explanation stays in the DOM while closed, so aria-describedby can point at it.
 */
export function HelpTip({ subject, topic, text, id }: HelpTipProps) {
  const { t } = useTranslation();
  const fallbackId = useId();
  const textId = id ?? `${fallbackId}-help`;
  const [open, setOpen] = useState(false);
  const [place, setPlace] = useState<PopoverPlace | null>(null);
  const rootRef = useRef<HTMLSpanElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLSpanElement>(null);
  const content = topic ? helpContent(topic) : null;
  const sentences = text !== undefined ? [text] : (content?.textKeys.map((key) => t(key)) ?? []);

  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  }, []);

  const reposition = useCallback(() => {
    const button = buttonRef.current;
    const panel = panelRef.current;
    if (!button || !panel) return;
    setPlace(
      placePopover(button.getBoundingClientRect(), { width: panel.offsetWidth, height: panel.offsetHeight }, {
        width: window.innerWidth,
        height: window.innerHeight,
      }),
    );
  }, []);

  useLayoutEffect(() => {
    if (open) reposition();
    else setPlace(null);
  }, [open, reposition]);

  useEffect(() => {
    if (!open) return;
    const closeThis = () => setOpen(false);
    closeOpenTip?.();
    closeOpenTip = closeThis;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Handled here: the editor's Escape (clear the selection) must not run as well.
      event.preventDefault();
      event.stopPropagation();
      close(true);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && rootRef.current?.contains(event.target)) return;
      close(false);
    };
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('resize', reposition);
    window.addEventListener('scroll', reposition, true);
    return () => {
      if (closeOpenTip === closeThis) closeOpenTip = null;
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('resize', reposition);
      window.removeEventListener('scroll', reposition, true);
    };
  }, [open, close, reposition]);

  return (
    <span className="help-tip" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="help-tip-button"
        data-testid="help-tip"
        aria-label={t('help.tip.button', { subject })}
        aria-expanded={open}
        aria-controls={textId}
        onClick={() => setOpen((o) => !o)}
      >
        ?
      </button>
      <span
        ref={panelRef}
        id={textId}
        className="help-tip-panel"
        data-testid="help-tip-panel"
        hidden={!open}
        data-placed={place !== null}
        style={place ? { top: place.top, left: place.left } : undefined}
      >
        {sentences.map((sentence) => (
          <span key={sentence} className="help-tip-text">
            {sentence}
          </span>
        ))}
        {open && content?.picture && <HelpPicture name={content.picture} activation={content.activation} />}
      </span>
    </span>
  );
}
