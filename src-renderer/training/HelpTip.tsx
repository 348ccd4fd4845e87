import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface HelpTipProps {
  /** What the tip is about, for the button's accessible name. */
  subject: string;
  text: string;
  /** Id for the text, so a field can point at it with aria-describedby. */
  id?: string;
}

/** A "?" button that shows one plain sentence about a concept; the text stays readable by screen readers. */
export function HelpTip({ subject, text, id }: HelpTipProps) {
  const { t } = useTranslation();
  const fallbackId = useId();
  const textId = id ?? fallbackId;
  const [open, setOpen] = useState(false);
  return (
    <span className="help-tip">
      <button
        type="button"
        className="help-tip-button"
        aria-label={`${t('training.hp.help')} ${subject}`}
        aria-expanded={open}
        aria-controls={textId}
        title={text}
        onClick={() => setOpen((o) => !o)}
      >
        ?
      </button>
      <span id={textId} className="help-tip-text" hidden={!open}>
        {text}
      </span>
    </span>
  );
}
