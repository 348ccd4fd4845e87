import type { Shape } from './shape';
import type { DatasetDescriptor } from '../datasets/fashion-mnist';
import type { MessageParams } from '../protocol/result';
import type { ErrorCode } from '../protocol/codes';

/** How the inspector edits one parameter, and the range validation enforces. */
export type ParamSpec =
  | { name: string; type: 'int'; min: number; max: number }
  | { name: string; type: 'float'; min: number; max: number; maxExclusive?: boolean; minExclusive?: boolean }
  | { name: string; type: 'choice'; options: readonly string[] }
  | { name: string; type: 'boolean' };

/** What a layer does to the shape of the data it receives. */
export type LayerOutcome =
  | { ok: true; shape: Shape; trainableParams: number; nonTrainableParams: number }
  | { ok: false; code: ErrorCode; params?: MessageParams };

export interface InferContext {
  dataset: DatasetDescriptor;
}

/**
 * One layer kind in the registry: defaults, editable parameters and shape rule. Adding a kind
 * (conv2d, maxPooling2d, …) means one new file like this plus its engine builder.
 */
export interface LayerSpec<K extends string, P> {
  kind: K;
  /** i18n keys: `layers.<kind>.name`, `layers.<kind>.summary` (one line), `layers.<kind>.help`. */
  i18nKey: string;
  /** Keras class name, for summaries and generated code. */
  kerasClass: string;
  /** Short glyph for the palette and the node header. */
  icon: string;
  defaults: P;
  params: readonly ParamSpec[];
  /** Nodes of this kind that a valid graph must hold: exactly one input and one output. */
  role: 'input' | 'output' | 'hidden';
  infer(input: Shape | null, params: P, ctx: InferContext): LayerOutcome;
}
