import { useCallback, useEffect, useRef, useState } from 'react';

/** How long a refused-connection notice stays on screen. */
const NOTICE_MS = 4000;

/** A short message shown over the canvas that hides itself after a few seconds. */
export function useConnectionNotice(): {
  notice: string | null;
  show: (text: string) => void;
  hide: () => void;
} {
  const [notice, setNotice] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const hide = useCallback(() => setNotice(null), []);
  const show = useCallback((text: string) => {
    setNotice(text);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setNotice(null), NOTICE_MS);
  }, []);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return { notice, show, hide };
}
