import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../app/api-context.tsx';
import type { Session, User, UserRole } from '../api/types.ts';

/** Query key of the current session (GET /api/auth/me). */
export const SESSION_KEY = ['session'] as const;

/** The current session; `data` is undefined while loading. */
export function useSession() {
  const api = useApi();
  return useQuery({ queryKey: SESSION_KEY, queryFn: () => api.auth.me(), staleTime: 60_000 });
}

const EDIT_ROLES: ReadonlySet<UserRole> = new Set(['editor', 'reviewer', 'admin']);

/** True for roles that may create and change entities and statements (the API checks it too). */
export function canEdit(user: User | null | undefined): boolean {
  return !!user && !user.disabled && EDIT_ROLES.has(user.role);
}

const REVIEW_ROLES: ReadonlySet<UserRole> = new Set(['reviewer', 'admin']);

/** True for roles that may accept and reject machine claims (the API checks it too). */
export function canReview(user: User | null | undefined): boolean {
  return !!user && !user.disabled && REVIEW_ROLES.has(user.role);
}

/** Signs in; on success the session is replaced and every cached read refetched under the new user. */
export function useSignIn() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ username, password }: { username: string; password: string }) => api.auth.signIn(username, password),
    onSuccess: async ({ user, csrf_token }) => {
      const previous = queryClient.getQueryData<Session>(SESSION_KEY);
      queryClient.setQueryData<Session>(SESSION_KEY, { user, csrf_token, public_read: previous?.public_read ?? false });
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
    },
  });
}

/** Signs out and drops every cached read (they belonged to the signed-in user). */
export function useSignOut() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.auth.signOut(),
    onSettled: async () => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
}
