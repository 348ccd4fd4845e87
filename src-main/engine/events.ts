import type { EventName, EventPayload } from '../../src-shared/protocol/messages';

/** Where the engine announces events; the server forwards them, the CLI prints them. */
export type EventSink = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** A sink that drops everything. */
export const ignoreEvents: EventSink = () => undefined;
