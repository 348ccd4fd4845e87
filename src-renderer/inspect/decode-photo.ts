import type { RgbaImage } from '../../src-shared/imaging/image';
import { appError, fail, ok, type Result } from '../../src-shared/protocol/result';
import { checkImageFile, fitWithin, HEADER_BYTES, MAX_SENT_EDGE } from './image-files';

/** A photo decoded in the renderer, scaled down when huge, ready for the engine. */
export interface DecodedPhoto {
  image: RgbaImage;
  originalWidth: number;
  originalHeight: number;
}

const decodeFailed = (why: string) =>
  appError('IMAGE_DECODE_FAILED', `The picture could not be decoded: ${why}`, {
    hint: 'Save the picture again with another program, or pick a different one.',
  });

/** Draws a decoded picture at most MAX_SENT_EDGE pixels on its longest edge and reads its RGBA bytes. */
function rasterise(source: CanvasImageSource, width: number, height: number): Result<DecodedPhoto> {
  if (width < 1 || height < 1) return fail(decodeFailed('it has no pixels.'));
  const size = fitWithin(width, height, MAX_SENT_EDGE);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return fail(decodeFailed('no drawing surface is available.'));
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, size.width, size.height);
  const data = context.getImageData(0, 0, size.width, size.height).data;
  return ok({
    image: { width: size.width, height: size.height, data },
    originalWidth: width,
    originalHeight: height,
  });
}

/**
 * Reads a user's file as a picture: checks size and format from its first bytes, decodes it
 * (GIF: first frame) and scales it down. Every failure is an AppError, never an exception.
 */
export async function decodePhotoFile(file: Blob): Promise<Result<DecodedPhoto>> {
  let header: Uint8Array;
  try {
    header = new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer());
  } catch (error) {
    return fail(decodeFailed(error instanceof Error ? error.message : String(error)));
  }
  const checked = checkImageFile(file.size, header);
  if (!checked.ok) return checked;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch (error) {
    return fail(decodeFailed(error instanceof Error ? error.message : String(error)));
  }
  try {
    return rasterise(bitmap, bitmap.width, bitmap.height);
  } catch (error) {
    return fail(decodeFailed(error instanceof Error ? error.message : String(error)));
  } finally {
    bitmap.close();
  }
}

/** Loads a picture shipped with the app (the example photo) from its URL. */
export async function decodePhotoUrl(url: string): Promise<Result<DecodedPhoto>> {
  const element = new Image();
  element.src = url;
  try {
    await element.decode();
  } catch (error) {
    return fail(decodeFailed(error instanceof Error ? error.message : String(error)));
  }
  return rasterise(element, element.naturalWidth, element.naturalHeight);
}
