/** File names of an exported model folder. */
export const MODEL_JSON = 'model.json';
export const WEIGHTS_BIN = 'weights.bin';
export const GRAPH_JSON = 'graph.json';
export const HISTORY_JSON = 'history.json';

export const HISTORY_FORMAT = 'camadas-history';
export const HISTORY_VERSION = 1;

/** Names a folder may hold for us to overwrite it with a new export. */
export const EXPORT_FILE_NAMES: readonly string[] = [MODEL_JSON, WEIGHTS_BIN, GRAPH_JSON, HISTORY_JSON];
