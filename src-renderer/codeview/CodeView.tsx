import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { kerasModelCode } from '../../src-shared/codegen/keras-python';
import { pickLocale } from '../../src-shared/i18n/messages';
import { useEditor } from '../store/editor-store';
import { splitCodeLines } from './code-lines';
import { copyText } from './copy-text';
import './codeview.css';

type CopyState = 'idle' | 'copied' | 'failed';

/** How long "Copied" stays before the button is plain again. */
const CONFIRM_MS = 2500;

/** The Keras code of the graph on the canvas, in the UI language, live as it changes, with a copy button. */
export function CodeView() {
  const { t, i18n } = useTranslation();
  const codeId = useId();
  const titleId = useId();
  const doc = useEditor((s) => s.doc);
  const locale = pickLocale(i18n.language);
  const code = useMemo(() => kerasModelCode(doc, { locale }), [doc, locale]);
  const lines = useMemo(() => splitCodeLines(code), [code]);
  const [open, setOpen] = useState(true);
  const [copy, setCopy] = useState<CopyState>('idle');

  useEffect(() => {
    if (copy === 'idle') return;
    const timer = setTimeout(() => setCopy('idle'), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [copy]);

  return (
    <section className="code-view" data-testid="code-view" aria-labelledby={titleId}>
      <div className="code-view-head">
        <h2 id={titleId} className="panel-title">
          {t('export.codeView.title')}
        </h2>
        <button
          type="button"
          data-testid="code-view-toggle"
          aria-expanded={open}
          aria-controls={codeId}
          onClick={() => setOpen(!open)}
        >
          {open ? t('export.codeView.hide') : t('export.codeView.show')}
        </button>
        <button
          type="button"
          data-testid="code-view-copy"
          onClick={() => void copyText(code).then((done) => setCopy(done ? 'copied' : 'failed'))}
        >
          {copy === 'copied' ? t('export.codeView.copied') : t('export.codeView.copy')}
        </button>
      </div>
      <p className="code-view-status" role="status" data-testid="code-view-copy-status" data-state={copy}>
        {copy === 'copied' && t('export.codeView.copied')}
        {copy === 'failed' && t('export.codeView.copyFailed')}
      </p>
      <div id={codeId} hidden={!open}>
        <p className="code-view-help">{t('export.codeView.help')}</p>
        {/* Focusable so the keyboard can scroll it; a named region, as a bare <pre> takes no name. */}
        <pre
          className="code-view-code"
          data-testid="code-view-code"
          tabIndex={0}
          role="region"
          aria-label={t('export.codeView.label')}
        >
          <code>
            {lines.map((line, index) => (
              <span key={index} className="code-line">
                {line.code}
                {line.comment && <span className="code-comment">{line.comment}</span>}
                {'\n'}
              </span>
            ))}
          </code>
        </pre>
      </div>
    </section>
  );
}
