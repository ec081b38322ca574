/** Read models: entity timeline, as-of views, neighbourhood graph. */
export * from './as-of-date.js';
export * from './entity-timeline.js';
export * from './holders-on.js';
export * from './neighbourhood-graph.js';
export * from './city-coordinates.js';
export * from './global-timeline.js';
