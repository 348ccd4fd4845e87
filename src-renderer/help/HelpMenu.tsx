import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tourStore } from '../tour/tour-store';
import { helpStore } from './help-store';

type Item = 'tour' | 'shortcuts' | 'about';
const ITEMS: Item[] = ['tour', 'shortcuts', 'about'];

function run(item: Item): void {
  if (item === 'tour') tourStore.getState().start();
  else helpStore.getState().show(item);
}

/** The Help menu of the header: guided tour, keyboard shortcuts, about (a menu button). */
export function HelpMenu() {
  const { t } = useTranslation();
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const choose = (item: Item) => {
    setOpen(false);
    // Focus back on the menu button first: a dialog opened next returns focus there on close.
    buttonRef.current?.focus();
    run(item);
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 0 : ITEMS.length - 1);
    }
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key in moves) {
      event.preventDefault();
      setActive((i) => (i + (moves[event.key] ?? 0) + ITEMS.length) % ITEMS.length);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : ITEMS.length - 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className="help-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="header-button"
        data-testid="help-menu"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? setOpen(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        {t('help.menu.button')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id={menuId} role="menu" className="help-menu-list" aria-label={t('help.menu.button')} onKeyDown={onMenuKey}>
          {ITEMS.map((item, index) => (
            <button
              key={item}
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={index === active ? 0 : -1}
              data-testid={`help-menu-${item}`}
              onClick={() => choose(item)}
            >
              {t(`help.menu.${item}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
