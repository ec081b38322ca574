import type { Compilable, CompiledQuery } from 'kysely';
import type { Db } from './database.js';

/** A value a reusable query is run with: one string, or a list of strings (an IN-list). */
export type QueryArg = string | readonly string[];

interface Template {
  compiled: CompiledQuery;
  /** Per compiled parameter: [argument, element] it is taken from (element -1 = the scalar), or a constant. */
  slots: ({ arg: number; element: number } | { constant: unknown })[];
}

const MARK = '\u0001shahrnet-arg:';
const MAX_SHAPES = 64;

/**
 * A query built and compiled to SQL once per database and shape (the lengths of its list arguments),
 * then run with new values. Building a Kysely query (immutable nodes, then compiling them to SQL) costs
 * tens of microseconds, which on a hot read path of a few indexed look-ups is a large share of the
 * request; this keeps the query written with the typed builder and pays for it once.
 *
 * `build` must use its arguments only as bound values (in `where`, `in`, `on`), never to decide the shape
 * of the query: it is called with stand-in values, and the compiled parameters that carry a stand-in are
 * replaced by the real values on every run. Templates are kept per database adapter (one per dialect
 * instance; transactions share their database's) and per shape (at most 64 shapes, oldest forgotten), so
 * the SQL always matches the dialect.
 */
export function reusableQuery<Args extends readonly QueryArg[], Row>(
  build: (db: Db, ...args: Args) => Compilable<Row>,
): (db: Db, ...args: Args) => Promise<Row[]> {
  const templates = new WeakMap<object, Map<string, Template>>();
  const templateFor = (db: Db, args: Args): Template => {
    const adapter = db.getExecutor().adapter;
    let byShape = templates.get(adapter);
    if (!byShape) {
      byShape = new Map();
      templates.set(adapter, byShape);
    }
    const shape = args.map((a) => (typeof a === 'string' ? 's' : String(a.length))).join(',');
    let template = byShape.get(shape);
    if (!template) {
      const standIns = args.map((a, i) => (typeof a === 'string' ? `${MARK}${i}:-1` : a.map((_, j) => `${MARK}${i}:${j}`))) as unknown as Args;
      const compiled = build(db, ...standIns).compile();
      const slots = compiled.parameters.map((p) => {
        if (typeof p !== 'string' || !p.startsWith(MARK)) return { constant: p };
        const [arg, element] = p.slice(MARK.length).split(':').map(Number) as [number, number];
        return { arg, element };
      });
      template = { compiled, slots };
      // IN-lists of many lengths must not grow the cache without bound: forget the oldest shape.
      if (byShape.size >= MAX_SHAPES) byShape.delete(byShape.keys().next().value as string);
      byShape.set(shape, template);
    }
    return template;
  };
  return async (db, ...args) => {
    const { compiled, slots } = templateFor(db, args);
    const parameters = slots.map((s) => {
      if ('constant' in s) return s.constant;
      const arg = args[s.arg] as QueryArg;
      return s.element < 0 ? arg : (arg as readonly string[])[s.element];
    });
    const result = await db.executeQuery<Row>({ ...compiled, parameters } as CompiledQuery<Row>);
    return result.rows;
  };
}
