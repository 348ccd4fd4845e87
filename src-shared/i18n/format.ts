import type { MessageParams } from '../protocol/result';
import type { Locale, Messages } from './messages';
import { RESOURCES } from './resources';

/** Looks up a dotted key (`errors.SHAPE_NEEDS_FLATTEN`); undefined when it is missing. */
export function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Translates outside React (CLI, tests), with i18next's `{{name}}` placeholders. */
export function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  const template = lookup(RESOURCES[locale], key) ?? lookup(RESOURCES.en, key) ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
