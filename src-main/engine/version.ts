/** The engine's version, reported in `engine.info`; kept equal to package.json's by a unit test. */
export const ENGINE_VERSION = '0.1.0';
