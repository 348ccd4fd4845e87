import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Attributes whose value a user reads or hears. */
export const USER_FACING_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  // Props of our own components that end up on screen.
  'text',
  'subject',
  'message',
  'hint',
  'caption',
  'heading',
  'description',
]);

/** Texts that are the same in every language: product names and math symbols. */
export const ALLOWED_WORDS = new Set(['Camadas', 'Keras', 'TensorFlow.js', 'Fashion-MNIST', 'Σ']);

/** One string a user would see that does not go through t(). */
export interface HardCodedText {
  file: string;
  line: number;
  text: string;
}

/** Text that needs translating: it has a letter and is not a product name. */
export function needsTranslation(text: string): boolean {
  let rest = text;
  for (const word of ALLOWED_WORDS) rest = rest.split(word).join(' ');
  return /\p{L}/u.test(rest);
}

function literalParts(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  if (ts.isConditionalExpression(node)) return [...literalParts(node.whenTrue), ...literalParts(node.whenFalse)];
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.BarBarToken) return literalParts(node.right);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) return literalParts(node.right);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return literalParts(node.right);
  if (ts.isParenthesizedExpression(node)) return literalParts(node.expression);
  return [];
}

/** JSX text and user-facing attribute literals in one .tsx source that are not translated. */
export function scanSource(file: string, source: string): HardCodedText[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: HardCodedText[] = [];
  const report = (node: ts.Node, text: string): void => {
    if (!needsTranslation(text)) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    found.push({ file, line, text: text.trim() });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const part of literalParts(node.expression)) report(node, part);
    } else if (ts.isJsxAttribute(node) && USER_FACING_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      const parts = ts.isJsxExpression(init) ? (init.expression ? literalParts(init.expression) : []) : literalParts(init);
      for (const part of parts) report(node, part);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Every .tsx file under `dir`. */
export function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return tsxFiles(full);
    return name.endsWith('.tsx') ? [full] : [];
  });
}

/** Scans every .tsx file under `dir`. */
export function scanTree(dir: string): HardCodedText[] {
  return tsxFiles(dir).flatMap((file) => scanSource(path.relative(path.dirname(dir), file), readFileSync(file, 'utf8')));
}
