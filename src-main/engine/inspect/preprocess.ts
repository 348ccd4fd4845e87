import { fashionMnistPipeline, type PipelineOptions } from '../../../src-shared/imaging/pipeline';
import { subsampleLongestEdge } from '../../../src-shared/imaging/steps';
import type { RgbaImage } from '../../../src-shared/imaging/image';
import type { EncodedRgba, PreprocessStep } from '../../../src-shared/protocol/inspect-types';
import {
  appError,
  fail,
  ok,
  type AppError,
  type Result,
} from '../../../src-shared/protocol/result';

/** Step pictures bigger than this are sent back scaled down: they are only looked at. */
export const PREVIEW_EDGE = 256;

/** Decodes a base64 RGBA picture, checking its length against its size. */
export function decodeRgba(encoded: EncodedRgba): Result<RgbaImage> {
  const bytes = Buffer.from(encoded.rgba, 'base64');
  const expected = encoded.width * encoded.height * 4;
  if (bytes.length !== expected) {
    return fail(
      appError(
        'IMAGE_DATA_INVALID',
        `The picture holds ${bytes.length} bytes; ${encoded.width} × ${encoded.height} RGBA needs ${expected}.`,
        { params: { width: encoded.width, height: encoded.height } },
      ),
    );
  }
  return ok({
    width: encoded.width,
    height: encoded.height,
    data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length),
  });
}

/** Encodes an RGBA picture as base64 for the wire. */
export function encodeRgba(image: RgbaImage): EncodedRgba {
  const bytes = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return { width: image.width, height: image.height, rgba: bytes.toString('base64') };
}

// The pipeline says "invalid" for a one-colour picture too; the user needs to hear which.
function explain(error: AppError): AppError {
  if (error.code !== 'IMAGE_INVALID') return error;
  if (error.params?.reason === 'blank') {
    return appError('IMAGE_BLANK', error.message, {
      hint: 'Use a photo of one piece of clothing on a plain background.',
    });
  }
  return appError('IMAGE_DATA_INVALID', error.message);
}

/** The Fashion-MNIST conversion of a photo, every step as a (preview-sized) picture. */
export function preprocessPhoto(
  encoded: EncodedRgba,
  options: PipelineOptions,
): Result<{ steps: PreprocessStep[]; pixels: number[] }> {
  const image = decodeRgba(encoded);
  if (!image.ok) return image;
  const result = fashionMnistPipeline(image.value, options);
  if (!result.ok) return fail(explain(result.error));
  const steps = result.value.steps.map((step) => ({
    name: step.name,
    ...encodeRgba(subsampleLongestEdge(step.image, PREVIEW_EDGE)),
  }));
  return ok({ steps, pixels: result.value.pixels });
}
