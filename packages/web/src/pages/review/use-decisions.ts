import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Claim, ClaimEdit } from '../../api/review-types.ts';
import { useApi } from '../../app/api-context.tsx';

/** A reviewer's decision on one claim, waiting for its undo window to pass. */
export type Decision =
  | { action: 'accept'; claim: Claim; edit?: ClaimEdit; supersede?: string[]; reason?: string }
  | { action: 'reject'; claim: Claim; reason: string };

/** How long the last decision can be undone before it is sent. */
export const UNDO_WINDOW_MS = 6000;

/** State and actions of the review queue's decisions. */
export interface Decisions {
  /** The last decision, still undoable (not sent yet). */
  pending: Decision | null;
  /** Claims decided (pending or sent): hidden from the queue. */
  decided: ReadonlySet<string>;
  /** Claims whose decision the server refused, with the error; they are back in the queue. */
  failures: ReadonlyMap<string, unknown>;
  decide(decision: Decision): void;
  /** Takes back the pending decision; returns its claim id, or null when there was none. */
  undo(): string | null;
  /** Sends the pending decision now. */
  flush(): Promise<void>;
  /** Marks claims decided by a bulk action. */
  markDecided(ids: readonly string[]): void;
}

/**
 * Decisions with undo: the API has no "un-accept", so a decision is held for `UNDO_WINDOW_MS` before it
 * is sent; the next decision, leaving the page or the timer sends it. Undo drops it unsent. A decision
 * the server refuses (a contradiction, a changed version) brings the claim back with the error.
 */
export function useDecisions(): Decisions {
  const api = useApi();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Decision | null>(null);
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const [failures, setFailures] = useState<ReadonlyMap<string, unknown>>(new Map());
  const pendingRef = useRef<Decision | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const send = useCallback(
    async (d: Decision) => {
      try {
        if (d.action === 'accept') {
          await api.claims.accept(d.claim, {
            ...(d.edit ? { edit: d.edit } : {}),
            ...(d.supersede?.length ? { supersede: d.supersede } : {}),
            ...(d.reason ? { reason: d.reason } : {}),
            create_candidates: true,
          });
        } else {
          await api.claims.reject(d.claim, d.reason);
        }
        setFailures((f) => {
          if (!f.has(d.claim.id)) return f;
          const next = new Map(f);
          next.delete(d.claim.id);
          return next;
        });
        // Entity pages and timelines show accepted facts: let them refetch.
        void queryClient.invalidateQueries({ queryKey: ['entity'] });
        void queryClient.invalidateQueries({ queryKey: ['timeline'] });
      } catch (error) {
        setDecided((s) => {
          const next = new Set(s);
          next.delete(d.claim.id);
          return next;
        });
        setFailures((f) => new Map(f).set(d.claim.id, error));
      }
    },
    [api, queryClient],
  );

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const d = pendingRef.current;
    pendingRef.current = null;
    setPending(null);
    if (d) await send(d);
  }, [send]);

  const decide = useCallback(
    (d: Decision) => {
      void flush();
      pendingRef.current = d;
      setPending(d);
      setDecided((s) => new Set(s).add(d.claim.id));
      timer.current = setTimeout(() => void flush(), UNDO_WINDOW_MS);
    },
    [flush],
  );

  const undo = useCallback(() => {
    const d = pendingRef.current;
    if (!d) return null;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pendingRef.current = null;
    setPending(null);
    setDecided((s) => {
      const next = new Set(s);
      next.delete(d.claim.id);
      return next;
    });
    return d.claim.id;
  }, []);

  const markDecided = useCallback((ids: readonly string[]) => {
    setDecided((s) => new Set([...s, ...ids]));
  }, []);

  // Leaving the page sends the pending decision rather than losing it.
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  return { pending, decided, failures, decide, undo, flush, markDecided };
}
