/**
 * What each tag's chunk imports in the CDN build (`./chunks/shared-Ab12.js`…), written in by the
 * build (rollup.config.mjs, `chunkGraph`): the loader asks for these with the widget's chunk,
 * all at once, instead of after that chunk has arrived (one round trip rather than three).
 * Empty in the npm build: there the partner's bundler has the graph.
 */
export const CHUNK_GRAPH: Record<string, readonly string[]> = {};
