import type { GraphDocument } from './document';
import { parseGraphDocument } from './parse';
import empty from './templates/empty.json';
import courseMlp from './templates/course-mlp.json';
import courseDropout from './templates/course-dropout.json';
import deeperMlp from './templates/deeper-mlp.json';

/** Starting graphs offered by New, the template menu and `cli train --graph <name>`. */
export const TEMPLATE_NAMES = ['empty', 'course-mlp', 'course-dropout', 'deeper-mlp'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

const TEMPLATES: Record<TemplateName, unknown> = {
  empty,
  'course-mlp': courseMlp,
  'course-dropout': courseDropout,
  'deeper-mlp': deeperMlp,
};

/** True when `value` names a shipped template. */
export function isTemplateName(value: unknown): value is TemplateName {
  return typeof value === 'string' && (TEMPLATE_NAMES as readonly string[]).includes(value);
}

/** A fresh copy of a template, safe to edit (read through the same parser as user files). */
export function createTemplate(name: TemplateName): GraphDocument {
  const parsed = parseGraphDocument(JSON.parse(JSON.stringify(TEMPLATES[name])));
  // Shipped templates are checked by the unit tests; failing here is a packaging bug.
  if (!parsed.ok) throw new Error(`Template "${name}" is broken: ${parsed.error.message}`);
  return parsed.value;
}
