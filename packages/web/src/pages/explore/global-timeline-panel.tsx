import { Badge, Button, Chip, Group, Loader, SegmentedControl, Stack, Text, TextInput, Timeline } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { GlobalTimelineItem } from '../../api/query-types.ts';
import { useApi } from '../../app/api-context.tsx';
import { DateRange, DateText } from '../../components/date-text.tsx';
import { EntityLink } from '../../components/entity-link.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { SourceLinks } from '../../components/source-links.tsx';
import { useFormat } from '../../format/use-format.ts';
import { useVocab } from '../../format/use-vocab.ts';
import { useCalendar } from '../../prefs/calendar.tsx';
import { yearBounds } from './year-range.ts';

/** Kinds offered as filters: the relations people follow, and events. */
export const TIMELINE_KINDS = ['membership', 'participation', 'party', 'seat', 'founded_in', 'host', 'event'] as const;

/** The filters, as kept in the Explore URL. */
export interface TimelineFilters {
  kinds: string[];
  from: string;
  to: string;
  order: 'asc' | 'desc';
}

function ItemLine({ item }: { item: GlobalTimelineItem }) {
  const vocab = useVocab();
  const { t } = useTranslation();
  const f = useFormat();
  if (item.type === 'event') {
    return (
      <Group gap={6} wrap="wrap">
        <Badge size="xs" variant="light" color="grape">
          {item.event_type ? vocab('eventTypes', item.event_type) : t('entityTypes.event')}
        </Badge>
        <EntityLink entity={item.event} />
        {item.ordinal !== null && <Text size="xs" c="dimmed">#{f.number(item.ordinal)}</Text>}
      </Group>
    );
  }
  const s = item.statement;
  return (
    <Group gap={6} wrap="wrap">
      <EntityLink entity={s.subject} />
      <Badge size="xs" variant="light">
        {s.role && s.role !== 'member' ? vocab('roleNames', s.role) : vocab('statement.kinds', s.kind)}
      </Badge>
      {(s.post ?? s.object) && <EntityLink entity={(s.post ?? s.object)!} />}
      {s.on_behalf_of && <EntityLink entity={s.on_behalf_of} />}
      {s.ordinal !== null && <Text size="xs" c="dimmed">#{f.number(s.ordinal)}</Text>}
    </Group>
  );
}

/**
 * The global timeline of Explore (GET /api/timeline): accepted facts and events across every entity,
 * newest or oldest first, filtered by kind and by a year range typed in the reader's calendar, loaded
 * a page at a time ("show more" follows the keyset cursor). An entity's own timeline stays on its page.
 */
export function GlobalTimelinePanel({ filters, onChange }: { filters: TimelineFilters; onChange(next: Partial<TimelineFilters>): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const vocab = useVocab();
  const { calendar } = useCalendar();
  const [from] = useDebouncedValue(filters.from, 400);
  const [to] = useDebouncedValue(filters.to, 400);
  const fromBounds = from ? yearBounds(from, calendar) : null;
  const toBounds = to ? yearBounds(to, calendar) : null;
  const query = useInfiniteQuery({
    queryKey: ['global-timeline', filters.kinds.join(','), fromBounds?.first ?? '', toBounds?.last ?? '', filters.order],
    queryFn: ({ pageParam, signal }) =>
      api.queries.globalTimeline(
        {
          kinds: filters.kinds,
          order: filters.order,
          limit: 50,
          cursor: pageParam,
          ...(fromBounds ? { from: fromBounds.first } : {}),
          ...(toBounds ? { to: toBounds.last } : {}),
        },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('explore.timelineHint')}
      </Text>
      <Group gap="md" wrap="wrap" align="flex-end">
        <SegmentedControl
          size="xs"
          aria-label={t('explore.timeline')}
          value={filters.order}
          onChange={(v) => onChange({ order: v === 'asc' ? 'asc' : 'desc' })}
          data={[
            { value: 'desc', label: t('explore.newestFirst') },
            { value: 'asc', label: t('explore.oldestFirst') },
          ]}
        />
        <TextInput size="xs" w={110} label={t('explore.fromYear')} inputMode="numeric" value={filters.from} onChange={(e) => onChange({ from: e.currentTarget.value })} error={from && !fromBounds ? t('form.dateInvalid') : undefined} />
        <TextInput size="xs" w={110} label={t('explore.toYear')} inputMode="numeric" value={filters.to} onChange={(e) => onChange({ to: e.currentTarget.value })} error={to && !toBounds ? t('form.dateInvalid') : undefined} />
      </Group>
      <Chip.Group multiple value={filters.kinds} onChange={(v) => onChange({ kinds: v })}>
        <Group gap={4} role="group" aria-label={t('explore.kinds')}>
          {TIMELINE_KINDS.map((k) => (
            <Chip key={k} value={k} size="xs" variant="light">
              {k === 'event' ? t('explore.events') : vocab('statement.kinds', k)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {query.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && items.length === 0 && <Text c="dimmed">{t('explore.timelineEmpty')}</Text>}
      {items.length > 0 && (
        <Timeline bulletSize={14} lineWidth={2} data-testid="global-timeline">
          {items.map((i) => (
            <Timeline.Item
              key={i.type === 'event' ? `e-${i.event.id}` : `s-${i.statement.id}`}
              title={
                <Text size="sm" fw={600} component="span">
                  <DateText date={i.date} />
                </Text>
              }
            >
              <ItemLine item={i} />
              {i.type === 'statement' && i.statement.end && i.statement.start && (
                <Text size="xs" c="dimmed">
                  <DateRange start={i.statement.start} end={i.statement.end} />
                </Text>
              )}
              {i.type === 'statement' && <SourceLinks references={i.statement.references} />}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {query.hasNextPage && (
        <Group>
          <Button variant="light" size="xs" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
            {t('explore.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
