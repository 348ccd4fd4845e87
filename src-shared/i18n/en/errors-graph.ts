import type { ErrorTexts } from '../messages';

/** Problems found in the layer graph, in words a beginner understands. */
export const graphErrors: ErrorTexts = {
  errors: {
    GRAPH_NO_INPUT: 'The model has no Input layer, so no data can enter it.',
    GRAPH_MULTIPLE_INPUTS: 'There are {{count}} Input layers, but a model takes its images through exactly one.',
    GRAPH_NO_OUTPUT: 'The model has no Output layer, so it cannot give an answer.',
    GRAPH_MULTIPLE_OUTPUTS: 'There are {{count}} Output layers, but a model gives its answer through exactly one.',
    GRAPH_CYCLE: 'These layers form a loop: {{path}}. Data must flow one way, from Input to Output.',
    GRAPH_NODE_DISCONNECTED: '{{node}} is not on a connected path from Input to Output, so no data flows through it.',
    GRAPH_BRANCH:
      '{{node}} is connected to {{count}} layers on the same side, but a Sequential model is a single chain.',
    GRAPH_EDGE_UNKNOWN_NODE: 'A connection points to a layer that does not exist ({{node}}).',
    GRAPH_INPUT_HAS_INCOMING: '{{source}} is connected into {{node}}, but Input is where the data enters: nothing can flow into it.',
    GRAPH_OUTPUT_HAS_OUTGOING: '{{node}} is connected on to {{target}}, but Output is the last layer: nothing can come after it.',
    PARAM_OUT_OF_RANGE: '{{subject}} is {{value}}, outside the allowed range {{range}}.',
    PARAM_INVALID: '{{subject}} cannot be {{value}}.',
    SHAPE_NEEDS_FLATTEN: '{{node}} is receiving a {{shape}} image: add a Flatten layer before it.',
    SHAPE_INCOMPATIBLE: '{{node}} cannot work with the data it receives.',
    MODEL_TOO_LARGE:
      'This model has {{params}} parameters and would need about {{memory}} MB of memory to train, more than the {{limit}} MB limit.',
    DOCUMENT_INVALID: 'This is not a valid Camadas model: there is a problem at {{field}}.',
    DOCUMENT_UNSUPPORTED_VERSION:
      'This model was saved by a newer version of Camadas (format version {{version}}; this one reads up to {{supported}}).',
    DOCUMENT_NOT_JSON: 'This file is not a Camadas model: its contents are not valid JSON.',
  },
  hints: {
    GRAPH_NO_INPUT: 'Drag an Input layer from the palette to the top of the chain.',
    GRAPH_MULTIPLE_INPUTS: 'Delete the extra Input layer.',
    GRAPH_NO_OUTPUT: 'Drag an Output layer from the palette to the end of the chain.',
    GRAPH_MULTIPLE_OUTPUTS: 'Delete the extra Output layer.',
    GRAPH_CYCLE: 'Delete one of the connections in the loop.',
    GRAPH_NODE_DISCONNECTED: 'Connect {{node}} so that the layers form one chain from Input to Output (a layer you do not need can be deleted).',
    GRAPH_BRANCH: 'Keep one connection into and one connection out of {{node}}; delete the others.',
    GRAPH_EDGE_UNKNOWN_NODE: 'Delete that connection and draw it again.',
    GRAPH_INPUT_HAS_INCOMING: 'Delete the connection that goes into Input.',
    GRAPH_OUTPUT_HAS_OUTGOING: 'Delete the connection that leaves Output.',
    PARAM_OUT_OF_RANGE: 'Choose a value in the range {{range}}.',
    PARAM_INVALID: 'Allowed values: {{allowed}}.',
    SHAPE_NEEDS_FLATTEN:
      'Put a Flatten layer between {{previous}} and {{node}}: it turns the image into one row of numbers.',
    SHAPE_INCOMPATIBLE: 'Check the layer before {{node}}, or change its parameters.',
    MODEL_TOO_LARGE: 'Use fewer units in the biggest layers, starting with {{node}}.',
    DOCUMENT_INVALID: 'Open a file saved by Camadas, or fix the file at that place.',
    DOCUMENT_UNSUPPORTED_VERSION: 'Update Camadas to open this model.',
    DOCUMENT_NOT_JSON: 'Choose a .camadas or graph .json file saved by Camadas.',
  },
};
