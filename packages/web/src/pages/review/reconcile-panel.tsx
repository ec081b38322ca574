import { Badge, Button, Card, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReconciliationItem, ResolveInput } from '../../api/review-types.ts';
import type { EntitySummary } from '../../api/types.ts';
import { useApi } from '../../app/api-context.tsx';
import { EntityLink } from '../../components/entity-link.tsx';
import { EntityPicker } from '../../components/entity-picker.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { useFormat } from '../../format/use-format.ts';

function ItemCard({ item, canDecide, reason, onResolve, busy }: { item: ReconciliationItem; canDecide: boolean; reason: string; onResolve(input: ResolveInput): void; busy: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [picked, setPicked] = useState<EntitySummary | null>(null);
  const names = [item.name_fa, item.name_en].filter((n): n is string => !!n);
  const [a, b] = item.suggestions;
  return (
    <Card withBorder padding="sm" component="li" data-reconcile={item.key}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Text fw={600} dir="auto">
            {names.join(' / ')}
          </Text>
          <Badge size="xs" variant="light">
            {t(`entityTypes.${item.entity_type === 'org' ? 'organization' : (item.entity_type as 'city')}`)}
          </Badge>
          <Badge size="xs" variant="light" color={item.link === 'candidate' ? 'violet' : 'yellow'}>
            {t(`review.links.${item.link}`)}
          </Badge>
          <Text size="xs" c="dimmed">
            {t('review.inClaims', { count: item.claim_count })}
          </Text>
        </Group>
        {item.suggestions.length > 0 && (
          <Group gap={6} wrap="wrap">
            <Text size="xs" c="dimmed">
              {t('review.suggestions')}:
            </Text>
            {item.suggestions.map((s) => (
              <Group key={s.id} gap={4}>
                <EntityLink entity={s} />
                {canDecide && (
                  <Button size="compact-xs" variant="light" disabled={busy} onClick={() => onResolve({ key: item.key, action: 'link', entity_id: s.id, reason })}>
                    {t('review.thisOne')}
                  </Button>
                )}
              </Group>
            ))}
          </Group>
        )}
        {canDecide && (
          <Group gap="xs" align="flex-end" wrap="wrap">
            <div style={{ minWidth: 220, flex: 1 }}>
              <EntityPicker label={t('review.pickExisting')} value={picked} onChange={setPicked} />
            </div>
            <Button size="xs" disabled={!picked || busy} onClick={() => picked && onResolve({ key: item.key, action: 'link', entity_id: picked.id, reason })}>
              {t('review.link')}
            </Button>
            <Button size="xs" variant="light" color="violet" disabled={busy} onClick={() => onResolve({ key: item.key, action: 'create', reason })}>
              {t('review.createNew')}
            </Button>
            {a && b && (
              <Button
                size="xs"
                variant="light"
                color="orange"
                disabled={busy}
                onClick={() => onResolve({ key: item.key, action: 'merge', entity_id: a.id, duplicate_id: b.id, reason })}
              >
                <span dir="auto">{t('review.mergeInto', { duplicate: f.label(b.labels, b.id).text, survivor: f.label(a.labels, a.id).text })}</span>
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/**
 * The reconciliation queue: names of proposed claims that are not certainly linked (a guess, several
 * candidates, or no entity at all). A decision (this entity / a new one / these two are the same)
 * applies to every claim naming it, now and later.
 */
export function ReconcilePanel({ canDecide }: { canDecide: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState(() => t('review.reconcileReason'));
  const queue = useQuery({ queryKey: ['reconciliation'], queryFn: ({ signal }) => api.reconciliation.list({ limit: 50 }, signal) });
  const resolve = useMutation({
    mutationFn: (input: ResolveInput) => api.reconciliation.resolve(input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['reconciliation'] });
      await queryClient.invalidateQueries({ queryKey: ['claims'] });
    },
  });
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h4">
          {t('review.reconcileTitle')}
        </Title>
        {canDecide && <TextInput size="xs" label={t('review.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} dir="auto" w={320} />}
      </Group>
      {resolve.isError && <ErrorState error={resolve.error} />}
      {queue.isPending && <Loader size="sm" />}
      {queue.isError && <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.data && queue.data.items.length === 0 && <Text c="dimmed">{t('review.reconcileEmpty')}</Text>}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {queue.data?.items.map((item) => (
          <ItemCard key={item.key} item={item} canDecide={canDecide} reason={reason} busy={resolve.isPending} onResolve={(input) => resolve.mutate(input)} />
        ))}
      </Stack>
    </Stack>
  );
}
