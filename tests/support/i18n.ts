import { lookup } from '../../src-shared/i18n/format';
import type { Messages } from '../../src-shared/i18n/messages';

/** Every dotted leaf key under a message tree (`node.units`), in tree order. */
export function leafKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

/**
 * Whether a key resolves as i18next resolves it: `editor.node.units` may live as the plural pair
 * `units_one` / `units_other`.
 */
export function keyExists(messages: Messages, key: string): boolean {
  return (
    lookup(messages, key) !== undefined ||
    (lookup(messages, `${key}_one`) !== undefined && lookup(messages, `${key}_other`) !== undefined)
  );
}

/** The `{{name}}` placeholders of one text, sorted (none for a missing text). */
export function placeholders(text: string | undefined): string[] {
  return [...(text ?? '').matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] as string).sort();
}
