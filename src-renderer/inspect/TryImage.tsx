import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { argmax } from '../../src-shared/metrics/classification';
import { appError, type AppError, type Result } from '../../src-shared/protocol/result';
import exampleUrl from '../../assets/examples/t-shirt.png';
import { HelpTip } from '../training/HelpTip';
import { PixelCanvas } from '../data/PixelCanvas';
import { useClassNames } from '../data/useClassNames';
import { useInspect } from '../store/inspect-store';
import { decodePhotoFile, decodePhotoUrl, type DecodedPhoto } from './decode-photo';
import { ErrorNotice } from './ErrorNotice';
import { PipelineSteps } from './PipelineSteps';
import { PipelineToggles } from './PipelineToggles';
import { ProbabilityBars } from './ProbabilityBars';
import { useFormat } from './useFormat';
import { usePreprocess } from './usePreprocess';

const noFile = (): AppError =>
  appError('IMAGE_UNSUPPORTED_TYPE', 'Nothing that looks like a file was dropped.', {
    hint: 'Open a PNG, JPEG, WebP or GIF file.',
  });

/**
 * "Try your own image": open or drop a photo, see every step of the Fashion-MNIST conversion
 * with the toggles, then the model's answer with all 10 probabilities (when a run is trained).
 */
export function TryImage({ runId }: { runId: string | null }) {
  const { t } = useTranslation();
  const names = useClassNames();
  const format = useFormat();
  const options = useInspect((s) => s.pipeline);
  const input = useRef<HTMLInputElement>(null);
  const [photo, setPhoto] = useState<DecodedPhoto | null>(null);
  const [fileError, setFileError] = useState<AppError | null>(null);
  const [dragging, setDragging] = useState(false);
  const prepared = usePreprocess(photo, options, runId);

  const accept = async (decoding: Promise<Result<DecodedPhoto>>) => {
    const decoded = await decoding;
    if (decoded.ok) {
      setFileError(null);
      setPhoto(decoded.value);
    } else {
      setFileError(decoded.error);
      setPhoto(null);
    }
  };
  const openFile = (file: File | undefined) =>
    void accept(file ? decodePhotoFile(file) : Promise.resolve({ ok: false, error: noFile() }));
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    openFile(event.dataTransfer.files[0]);
  };

  const result = prepared.status === 'ok' ? prepared.value : null;
  const probabilities = result?.probabilities ?? null;
  const predicted = probabilities ? argmax(probabilities) : null;

  return (
    <section
      className="inspect-card try-image"
      aria-labelledby="try-title"
      data-testid="try-image"
      data-status={fileError ? 'error' : prepared.status}
    >
      <div className="inspect-card-head">
        <h3 id="try-title">{t('inspect.tryImage.title')}</h3>
        <HelpTip subject={t('inspect.tryImage.title')} text={t('inspect.tryImage.help')} />
      </div>
      <div
        className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
        data-testid="try-image-drop"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{t('inspect.tryImage.drop')}</p>
        <button type="button" onClick={() => input.current?.click()}>
          {t('inspect.tryImage.open')}
        </button>{' '}
        <button
          type="button"
          data-testid="try-image-example"
          onClick={() => void accept(decodePhotoUrl(exampleUrl))}
        >
          {t('inspect.tryImage.example')}
        </button>
        <input
          ref={input}
          type="file"
          accept="image/png,image/jpeg,image/webp,image/gif"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="try-image-input"
          onChange={(event) => {
            openFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>
      <PipelineToggles />
      {fileError && <ErrorNotice error={fileError} testId="try-image-error" />}
      {!fileError && prepared.status === 'error' && (
        <ErrorNotice error={prepared.error} testId="try-image-error" />
      )}
      {photo &&
        (photo.originalWidth !== photo.image.width ||
          photo.originalHeight !== photo.image.height) && (
          <p className="inspect-muted">
            {t('inspect.tryImage.scaled', {
              width: photo.originalWidth,
              height: photo.originalHeight,
              scaledWidth: photo.image.width,
              scaledHeight: photo.image.height,
            })}
          </p>
        )}
      {prepared.status === 'loading' && (
        <p className="inspect-muted">{t('inspect.tryImage.working')}</p>
      )}
      {result && (
        <div className="try-image-result">
          <div className="try-image-answer">
            <h4>{t('inspect.tryImage.modelInput')}</h4>
            <PixelCanvas
              pixels={result.pixels}
              size={140}
              label={t('inspect.tryImage.modelInput')}
            />
            {probabilities && predicted !== null ? (
              <div
                data-testid="try-image-prediction"
                data-label={predicted}
                data-confidence={probabilities[predicted]}
              >
                <p className="try-image-verdict">
                  {t('inspect.tryImage.prediction', {
                    name: names[predicted] ?? predicted,
                    confidence: format.percent(probabilities[predicted] ?? 0),
                  })}
                </p>
                <ProbabilityBars
                  probabilities={probabilities}
                  trueLabel={null}
                  predicted={predicted}
                />
              </div>
            ) : (
              <div data-testid="try-image-no-run">
                {prepared.status === 'ok' && prepared.runProblem && (
                  <ErrorNotice error={prepared.runProblem} />
                )}
                <p className="inspect-muted">{t('inspect.tryImage.noRun')}</p>
              </div>
            )}
          </div>
          <PipelineSteps steps={result.steps} />
        </div>
      )}
    </section>
  );
}
