/**
 * A route-level serializer compiler that writes the response with plain `JSON.stringify`, for hot read
 * routes (the entity timeline; the entity page now sends bytes the database wrote) whose handlers assemble the body from object literals in
 * `*ToJson` functions typed as the response schema's output (`z.output<typeof schema>`): TypeScript checks
 * the shape, and a literal cannot carry a key the schema does not have.
 *
 * The app-wide zod serializer encodes the whole body against the schema before stringifying it. On an
 * entity page (~20 statements with references and linked entities) that pass allocated ~100 KB and took
 * about as long as `JSON.stringify` itself; the garbage it left is a large share of the collector's work
 * under load. The schemas still describe these responses in the OpenAPI document, and a route test parses
 * real bodies with them (timeline.routes.test.ts): nothing missing, nothing extra.
 */
export function plainJsonSerializer(): (data: unknown) => string {
  return stringify;
}

function stringify(data: unknown): string {
  return JSON.stringify(data);
}
