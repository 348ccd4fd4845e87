import { z } from 'zod';
import { LOCALES } from '../../src-shared/i18n/messages';
import { MAX_PROJECT_BYTES } from './file-io';
import { isAppUrl } from './navigation-policy';

/** What the main process needs to know about the frame an IPC message came from. */
export interface SenderFrame {
  url: string;
  /** True for the window's top frame (never an iframe). */
  isMainFrame: boolean;
}

/** IPC is answered only for the app's own page in the top frame of the app's window. */
export function isTrustedSender(frame: SenderFrame | null, appUrl: string): boolean {
  return frame !== null && frame.isMainFrame && isAppUrl(frame.url, appUrl);
}

/** Payload schemas: nothing from the renderer is used before it passes one of these. */
export const saveProjectSchema = z
  .object({
    contents: z.string().max(MAX_PROJECT_BYTES),
    path: z.string().min(1).max(4096).nullable(),
    suggestedName: z.string().min(1).max(255),
  })
  .strict();

export const exportTargetSchema = z
  .object({
    kind: z.enum(['file', 'folder']),
    suggestedName: z.string().min(1).max(255),
    extension: z.string().regex(/^[a-z0-9]{1,8}$/).optional(),
  })
  .strict();

export const documentStateSchema = z.object({ title: z.string().max(500), dirty: z.boolean() }).strict();

export const localeSchema = z.enum(LOCALES);

export const externalUrlSchema = z.string().min(1).max(2048);

/** Calls that take no payload must not smuggle one in either. */
export const noPayloadSchema = z.undefined();
