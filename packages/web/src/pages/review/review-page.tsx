import { Affix, Alert, Badge, Button, Group, Loader, NumberInput, Paper, Select, Stack, Switch, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { FACT_KINDS, type Claim, type ClaimArgument, type ClaimFilters } from '../../api/review-types.ts';
import { useApi } from '../../app/api-context.tsx';
import { canReview, useSession } from '../../auth/session.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { useVocab } from '../../format/use-vocab.ts';
import { ClaimCard } from './claim-card.tsx';
import { EditDialog, HelpDialog, RejectDialog } from './decision-dialogs.tsx';
import { ReconcilePanel } from './reconcile-panel.tsx';
import { reviewCommand } from './review-keys.ts';
import { useDecisions } from './use-decisions.ts';

const PAGE = 20;
const STATUSES = ['proposed', 'accepted', 'rejected'] as const;

function filtersFrom(params: URLSearchParams): ClaimFilters {
  const status = params.get('status');
  const min = params.get('min');
  return {
    status: STATUSES.find((s) => s === status) ?? 'proposed',
    ...(params.get('kind') ? { kind: params.get('kind') ?? '' } : {}),
    ...(params.get('site') ? { site: params.get('site') ?? '' } : {}),
    ...(min && !Number.isNaN(Number(min)) ? { min_confidence: Number(min) / 100 } : {}),
    ...(params.get('flagged') === 'true' ? { flagged: 'true' as const } : {}),
  };
}

/**
 * The review queue: machine claims one by one, keyboard first (j/k to move, a accept, r reject with a
 * reason, e edit-then-accept, x select, u undo, ? help), bulk accept/reject of the selection, filters
 * in the URL, and a second tab for names waiting for reconciliation. Decisions wait a few seconds
 * before they are sent so the last one can be undone.
 */
export function ReviewPage() {
  const { t } = useTranslation();
  const vocab = useVocab();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const canDecide = canReview(session.data?.user);
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFrom(params), [params]);
  const tab = params.get('tab') === 'names' ? 'names' : 'claims';
  useDocumentTitle(`${t('review.title')} · ${t('app.name')}`);

  const queue = useInfiniteQuery({
    queryKey: ['claims', filters],
    queryFn: ({ pageParam, signal }) => api.claims.list({ ...filters, limit: PAGE, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
    enabled: !!session.data?.user && tab === 'claims',
  });
  const decisions = useDecisions();
  const claims = useMemo(
    () => (queue.data?.pages.flatMap((p) => p.items) ?? []).filter((c) => !decisions.decided.has(c.id)),
    [queue.data, decisions.decided],
  );
  const [activeIndex, setActiveIndex] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [rejecting, setRejecting] = useState<Claim[] | null>(null);
  const [editing, setEditing] = useState<Claim | null>(null);
  const [help, setHelp] = useState(false);
  const [bulkNote, setBulkNote] = useState<string | null>(null);
  const cards = useRef(new Map<string, HTMLElement>());
  const active = claims[Math.min(activeIndex, Math.max(claims.length - 1, 0))];

  // Keep the active card in view and focused, so screen readers follow j/k.
  useEffect(() => {
    if (!active) return;
    const el = cards.current.get(active.id);
    if (el && document.activeElement !== el && !document.querySelector('[role="dialog"]')) {
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: 'nearest' });
    }
  }, [active]);

  const linkArgument = useMutation({
    mutationFn: ({ claim, arg, entityId }: { claim: Claim; arg: ClaimArgument; entityId: string }) =>
      api.claims.edit(claim, { arguments: [{ slot: arg.slot, position: arg.position, entity_id: entityId }], reason: t('review.linkReason') }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['claims'] }),
  });

  const bulk = useMutation({
    mutationFn: ({ action, reason }: { action: 'accept' | 'reject'; reason?: string }) => {
      const items = claims.filter((c) => selected.has(c.id)).map((c) => ({ id: c.id, version: c.version }));
      return api.claims.bulk({ action, items, ...(reason ? { reason } : {}), create_candidates: true });
    },
    onSuccess: ({ results }) => {
      const ok = results.filter((r) => r.ok).map((r) => r.id);
      decisions.markDecided(ok);
      setSelected(new Set());
      setBulkNote(t('review.bulkDone', { ok: ok.length, failed: results.length - ok.length }));
      void queryClient.invalidateQueries({ queryKey: ['entity'] });
    },
  });

  const accept = useCallback((claim: Claim, supersede?: string[]) => decisions.decide({ action: 'accept', claim, ...(supersede ? { supersede } : {}) }), [decisions]);

  const onKey = useCallback(
    (event: KeyboardEvent) => {
      const blocked = !!rejecting || !!editing || help || !!document.querySelector('[role="dialog"]');
      const command = reviewCommand(event, blocked);
      if (!command || tab !== 'claims') return;
      if (command === 'help') {
        event.preventDefault();
        setHelp(true);
        return;
      }
      if (command === 'undo') {
        const id = decisions.undo();
        if (id) {
          const i = (queue.data?.pages.flatMap((p) => p.items) ?? []).filter((c) => !decisions.decided.has(c.id) || c.id === id).findIndex((c) => c.id === id);
          if (i >= 0) setActiveIndex(i);
        }
        return;
      }
      if (!active) return;
      event.preventDefault();
      if (command === 'next') setActiveIndex((i) => Math.min(i + 1, claims.length - 1));
      else if (command === 'previous') setActiveIndex((i) => Math.max(i - 1, 0));
      else if (command === 'open' && active.evidence[0]) void navigate(`/articles/${encodeURIComponent(active.evidence[0].article_id)}`);
      else if (!canDecide || active.status !== 'proposed') return;
      else if (command === 'accept') accept(active);
      else if (command === 'reject') setRejecting([active]);
      else if (command === 'edit') setEditing(active);
      else if (command === 'select')
        setSelected((s) => {
          const next = new Set(s);
          if (next.has(active.id)) next.delete(active.id);
          else next.add(active.id);
          return next;
        });
    },
    [rejecting, editing, help, tab, decisions, queue.data, active, claims.length, canDecide, accept, navigate],
  );
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onKey]);

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setActiveIndex(0);
  };

  if (session.data && !session.data.user) {
    return (
      <Alert color="blue" title={t('review.title')}>
        <Group justify="space-between">
          <Text size="sm">{t('review.signInNeeded')}</Text>
          <Button component={Link} to="/sign-in?next=%2Freview" size="xs">
            {t('header.signIn')}
          </Button>
        </Group>
      </Alert>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {t('review.title')}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            {canDecide ? t('review.intro') : t('review.readOnly')}
          </Text>
        </div>
        <Button variant="subtle" size="xs" onClick={() => setHelp(true)} aria-keyshortcuts="?">
          {t('review.keysTitle')} <kbd className="kbd">?</kbd>
        </Button>
      </Group>
      <Tabs value={tab} onChange={(v) => setParam('tab', v === 'names' ? 'names' : null)}>
        <Tabs.List>
          <Tabs.Tab value="claims">{t('review.claimsTab')}</Tabs.Tab>
          <Tabs.Tab value="names">{t('review.namesTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="names" pt="md">
          {tab === 'names' && <ReconcilePanel canDecide={canDecide} />}
        </Tabs.Panel>
        <Tabs.Panel value="claims" pt="md">
          <Stack gap="md">
            <Paper withBorder p="sm" component="form" role="search" aria-label={t('review.filters')} onSubmit={(e) => e.preventDefault()}>
              <Group gap="sm" align="flex-end" wrap="wrap">
                <Select
                  size="xs"
                  label={t('review.status')}
                  value={filters.status ?? 'proposed'}
                  allowDeselect={false}
                  data={STATUSES.map((s) => ({ value: s, label: t(`statement.status.${s}`) }))}
                  onChange={(v) => setParam('status', v === 'proposed' ? null : v)}
                  w={130}
                />
                <Select
                  size="xs"
                  label={t('review.kind')}
                  clearable
                  placeholder={t('entityTypesPlural.all')}
                  value={filters.kind ?? null}
                  data={FACT_KINDS.map((k) => ({ value: k, label: vocab('review.kinds', k) }))}
                  onChange={(v) => setParam('kind', v)}
                  w={150}
                />
                <TextInput size="xs" label={t('review.site')} defaultValue={filters.site ?? ''} onBlur={(e) => setParam('site', e.currentTarget.value.trim() || null)} dir="ltr" w={160} />
                <NumberInput
                  size="xs"
                  label={t('review.minConfidence')}
                  min={0}
                  max={100}
                  suffix="%"
                  value={filters.min_confidence !== undefined ? Math.round(filters.min_confidence * 100) : ''}
                  onChange={(v) => setParam('min', v === '' ? null : String(v))}
                  w={120}
                />
                <Switch size="sm" label={t('review.flaggedOnly')} checked={filters.flagged === 'true'} onChange={(e) => setParam('flagged', e.currentTarget.checked ? 'true' : null)} />
              </Group>
            </Paper>

            {canDecide && selected.size > 0 && (
              <Paper withBorder p="xs" role="region" aria-label={t('review.bulkRegion')}>
                <Group gap="xs">
                  <Badge>{t('review.selected', { count: selected.size })}</Badge>
                  <Button size="xs" color="green" loading={bulk.isPending} onClick={() => bulk.mutate({ action: 'accept' })}>
                    {t('review.acceptAll')}
                  </Button>
                  <Button size="xs" color="red" variant="light" onClick={() => setRejecting(claims.filter((c) => selected.has(c.id)))}>
                    {t('review.rejectAll')}
                  </Button>
                  <Button size="xs" variant="subtle" onClick={() => setSelected(new Set())}>
                    {t('review.clearSelection')}
                  </Button>
                </Group>
              </Paper>
            )}
            {bulkNote && (
              <Alert color="blue" variant="light" withCloseButton onClose={() => setBulkNote(null)} role="status">
                {bulkNote}
              </Alert>
            )}
            {bulk.isError && <ErrorState error={bulk.error} />}
            {linkArgument.isError && <ErrorState error={linkArgument.error} />}

            {queue.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
            {queue.isError && <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />}
            {queue.isSuccess && claims.length === 0 && (
              <Paper withBorder p="lg">
                <Text c="dimmed">{t('review.empty')}</Text>
              </Paper>
            )}
            <Text size="sm" c="dimmed" aria-live="polite">
              {queue.isSuccess && claims.length > 0 ? t('review.position', { n: Math.min(activeIndex, claims.length - 1) + 1, count: claims.length }) : ''}
            </Text>
            <Stack gap="sm">
              {claims.map((claim, i) => (
                <ClaimCard
                  key={claim.id}
                  ref={(el) => {
                    if (el) cards.current.set(claim.id, el);
                    else cards.current.delete(claim.id);
                  }}
                  claim={claim}
                  active={claim.id === active?.id}
                  selected={selected.has(claim.id)}
                  canDecide={canDecide}
                  error={decisions.failures.get(claim.id)}
                  onActivate={() => setActiveIndex(i)}
                  onSelect={(on) =>
                    setSelected((s) => {
                      const next = new Set(s);
                      if (on) next.add(claim.id);
                      else next.delete(claim.id);
                      return next;
                    })
                  }
                  onAccept={(supersede) => accept(claim, supersede)}
                  onReject={() => setRejecting([claim])}
                  onEdit={() => setEditing(claim)}
                  onLinkArgument={(arg, entityId) => linkArgument.mutate({ claim, arg, entityId })}
                />
              ))}
            </Stack>
            {queue.hasNextPage && (
              <Group justify="center">
                <Button variant="light" onClick={() => void queue.fetchNextPage()} loading={queue.isFetchingNextPage}>
                  {t('search.loadMore')}
                </Button>
              </Group>
            )}
          </Stack>
        </Tabs.Panel>
      </Tabs>

      <RejectDialog
        opened={!!rejecting}
        count={rejecting?.length ?? 0}
        onClose={() => setRejecting(null)}
        onSubmit={(reason) => {
          const list = rejecting ?? [];
          setRejecting(null);
          if (list.length === 1 && list[0]) decisions.decide({ action: 'reject', claim: list[0], reason });
          else bulk.mutate({ action: 'reject', reason });
        }}
      />
      <EditDialog
        claim={editing}
        onClose={() => setEditing(null)}
        onSubmit={(edit, reason) => {
          const claim = editing;
          setEditing(null);
          if (claim) decisions.decide({ action: 'accept', claim, edit, ...(reason ? { reason } : {}) });
        }}
      />
      <HelpDialog opened={help} onClose={() => setHelp(false)} />

      {decisions.pending && (
        <Affix position={{ bottom: 20, left: 20, right: 20 }} zIndex={200}>
          <Paper shadow="md" p="sm" withBorder maw={520} mx="auto" role="status" aria-live="polite" data-testid="undo-bar">
            <Group justify="space-between" gap="sm">
              <Text size="sm">
                {t(decisions.pending.action === 'accept' ? 'review.acceptedNote' : 'review.rejectedNote', { kind: vocab('review.kinds', decisions.pending.claim.kind) })}
              </Text>
              <Button size="xs" variant="light" onClick={() => decisions.undo()} aria-keyshortcuts="u">
                {t('review.undo')} <kbd className="kbd">u</kbd>
              </Button>
            </Group>
          </Paper>
        </Affix>
      )}
    </Stack>
  );
}
