import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../../src-shared/protocol/messages';
import { useEngineConnection } from '../lib/useEngineConnection';

type BannerKind = 'restarting' | 'restarted' | 'disconnected';

/** Which banner follows a connection change; a finished restart stays until dismissed. */
export function nextBanner(previous: ConnectionState, state: ConnectionState, shown: BannerKind | null): BannerKind | null {
  if (state === 'restarting') return 'restarting';
  if (state === 'disconnected') return 'disconnected';
  if (state === 'connected' && (previous === 'restarting' || shown === 'restarting')) return 'restarted';
  if (state === 'connected' && shown === 'disconnected') return null;
  return shown;
}

/** Plain-words notice when the engine crashed and came back, or the connection is lost. */
export function EngineBanner() {
  const { t } = useTranslation();
  const { state } = useEngineConnection();
  const previous = useRef<ConnectionState>(state);
  const [kind, setKind] = useState<BannerKind | null>(null);

  useEffect(() => {
    setKind((shown) => nextBanner(previous.current, state, shown));
    previous.current = state;
  }, [state]);

  if (!kind) return null;
  return (
    <div className={`engine-banner engine-banner--${kind}`} data-testid="engine-banner" data-kind={kind} role="alert">
      <span>{t(`app.banner.${kind}`)}</span>
      {kind === 'restarted' && (
        <button type="button" className="engine-banner-dismiss" onClick={() => setKind(null)}>
          {t('common.dismiss')}
        </button>
      )}
    </div>
  );
}
