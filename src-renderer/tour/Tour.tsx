import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutStore } from '../app/layout-store';
import { placeCard } from './place-card';
import { TOUR_STEPS } from './tour-steps';
import { markTourSeen, tourSeen, tourStore, useTour } from './tour-store';
import { useTargetBox } from './useTargetBox';
import './tour.css';

const CANVAS_HINT = '[data-testid="canvas-hint"]';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Opens the tour by itself on the very first start (remembered in localStorage). */
export function useFirstRunTour(): void {
  useEffect(() => {
    const store = storage();
    if (tourSeen(store)) return;
    markTourSeen(store);
    tourStore.getState().start();
  }, []);
}

/**
 * The guided tour: a card beside the real element it talks about, which is outlined. It does not
 * block the app — a beginner can try each step while reading it — and can be skipped at any time.
 */
export function Tour() {
  const { t } = useTranslation();
  const titleId = useId();
  const textId = useId();
  const { open, step } = useTour();
  const current = TOUR_STEPS[step] ?? TOUR_STEPS[0];
  const target = useTargetBox(current?.target ?? 'body', open);
  // The empty canvas' own call to action ("Load the course model") stays visible beside the card.
  const canvasHint = useTargetBox(CANVAS_HINT, open);
  const cardRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 340, height: 200 });

  useEffect(() => {
    if (!open || current === undefined) return;
    if (current.reveal) layoutStore.getState().setCollapsed(current.reveal, false);
    // After the panel unfolds, bring the element into view (the charts sit low in their column).
    const frame = requestAnimationFrame(() => document.querySelector(current.target)?.scrollIntoView({ block: 'nearest' }));
    return () => cancelAnimationFrame(frame);
  }, [open, current]);

  // The card's size decides where it fits; it changes with the step's text and the language.
  useLayoutEffect(() => {
    const card = cardRef.current;
    if (!open || !card) return;
    const measure = () => setSize({ width: card.offsetWidth, height: card.offsetHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(card);
    return () => observer.disconnect();
  }, [open]);

  // Focus the card when the tour opens, so keyboard and screen-reader users land in it.
  useEffect(() => {
    if (open) cardRef.current?.focus();
  }, [open]);

  if (!open || current === undefined) return null;
  const last = step === TOUR_STEPS.length - 1;
  const place = placeCard(
    target,
    size,
    { width: window.innerWidth, height: window.innerHeight },
    canvasHint ? [canvasHint] : [],
  );
  return (
    <>
      {target && (
        <div
          className="tour-highlight"
          data-testid="tour-highlight"
          aria-hidden="true"
          style={{ top: target.top - 4, left: target.left - 4, width: target.width + 8, height: target.height + 8 }}
        />
      )}
      <div
        ref={cardRef}
        className={`tour-card tour-card--${place.side}`}
        role="dialog"
        aria-modal="false"
        aria-labelledby={titleId}
        aria-describedby={textId}
        tabIndex={-1}
        data-testid="tour"
        data-step={current.id}
        style={{ top: place.top, left: place.left }}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          event.stopPropagation();
          tourStore.getState().close();
        }}
      >
        <p className="tour-progress">{t('help.tour.stepOf', { step: step + 1, total: TOUR_STEPS.length })}</p>
        <h2 id={titleId} className="tour-title">
          {t(`help.tour.steps.${current.id}.title`)}
        </h2>
        <p id={textId} className="tour-text">
          {t(`help.tour.steps.${current.id}.text`)}
        </p>
        <div className="tour-actions">
          <button type="button" className="app-button app-button--quiet" data-testid="tour-skip" onClick={() => tourStore.getState().close()}>
            {t('help.tour.skip')}
          </button>
          <span className="tour-actions-gap" />
          <button
            type="button"
            className="app-button"
            data-testid="tour-back"
            disabled={step === 0}
            onClick={() => tourStore.getState().back()}
          >
            {t('help.tour.back')}
          </button>
          <button type="button" className="app-button app-button--primary" data-testid="tour-next" onClick={() => tourStore.getState().next()}>
            {last ? t('help.tour.done') : t('help.tour.next')}
          </button>
        </div>
      </div>
    </>
  );
}
