export { createEngineServer, type EngineServer, type EngineServerOptions } from './server';
export type { Handler, HandlerMap, ServerContext, RequestScope } from './context';
