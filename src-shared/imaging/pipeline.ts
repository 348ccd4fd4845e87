import { appError, fail, ok, type Result } from '../protocol/result';
import { grayToRgba, pixelRgb, type GrayImage, type RgbaImage } from './image';
import {
  negate,
  padToSquare,
  sharpen,
  stretchContrast,
  subsampleLongestEdge,
  toGray,
  trimBackground,
} from './steps';

/** The toggles a beginner can flip to see why each step matters. */
export interface PipelineOptions {
  invert: boolean;
  contrastStretch: boolean;
  centre: boolean;
}

export const DEFAULT_PIPELINE_OPTIONS: PipelineOptions = {
  invert: true,
  contrastStretch: false,
  centre: true,
};

export type PipelineStepName =
  'original' | 'trim' | 'resize' | 'sharpen' | 'pad' | 'negate' | 'gray' | 'contrast';

export interface PipelineStep {
  /** i18n key `imaging.steps.<name>` explains the step. */
  name: PipelineStepName;
  image: RgbaImage;
}

export interface PipelineResult {
  steps: PipelineStep[];
  /** 28 × 28 grey levels 0–255, ready for the model (which divides by 255). */
  pixels: number[];
}

/** Largest picture accepted, in pixels; the renderer scales bigger photos down first. */
export const MAX_INPUT_PIXELS = 4096 * 4096;

/**
 * Fashion-MNIST's own conversion of a product photo, step by step: trim the background, shrink
 * the longest edge to 28, sharpen, pad to 28 × 28 centred, negate, 8-bit grayscale.
 */
export function fashionMnistPipeline(
  image: RgbaImage,
  options: PipelineOptions = DEFAULT_PIPELINE_OPTIONS,
): Result<PipelineResult> {
  if (image.width * image.height > MAX_INPUT_PIXELS) {
    return fail(
      appError(
        'IMAGE_TOO_LARGE',
        `The image is ${image.width} × ${image.height} pixels; the limit is 4096 × 4096.`,
        {
          params: { width: image.width, height: image.height },
        },
      ),
    );
  }
  if (image.width < 1 || image.height < 1 || image.data.length !== image.width * image.height * 4) {
    return fail(
      appError('IMAGE_INVALID', 'The image has no pixels or its data does not match its size.'),
    );
  }
  const steps: PipelineStep[] = [{ name: 'original', image }];
  const background = pixelRgb(image, 0, 0);
  const trimmed = trimBackground(image);
  if (trimmed === null) {
    return fail(
      appError('IMAGE_INVALID', 'The image is a single colour: there is nothing to recognise.', {
        params: { reason: 'blank' },
      }),
    );
  }
  steps.push({ name: 'trim', image: trimmed });
  const resized = subsampleLongestEdge(trimmed, 28);
  steps.push({ name: 'resize', image: resized });
  const sharpened = sharpen(resized);
  steps.push({ name: 'sharpen', image: sharpened });
  const padded = padToSquare(sharpened, background, 28, options.centre);
  steps.push({ name: 'pad', image: padded });
  const negated = options.invert ? negate(padded) : padded;
  if (options.invert) steps.push({ name: 'negate', image: negated });
  let gray: GrayImage = toGray(negated);
  steps.push({ name: 'gray', image: grayToRgba(gray) });
  if (options.contrastStretch) {
    gray = stretchContrast(gray);
    steps.push({ name: 'contrast', image: grayToRgba(gray) });
  }
  return ok({ steps, pixels: Array.from(gray.data) });
}
