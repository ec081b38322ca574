/**
 * Who makes a change. Every use case that writes takes an actor, recorded in the history:
 * a signed-in user, an API token, the system itself (migrations, auto-accept policies) or an import.
 */
export interface Actor {
  kind: 'user' | 'token' | 'system' | 'import';
  id: string;
  name: string;
}

/** The actor of the shipped-data loader. */
export const IMPORT_ACTOR: Actor = Object.freeze({ kind: 'import', id: 'shipped-data', name: 'Shipped data import' });
