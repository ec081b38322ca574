import { Badge, Group, Loader, Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Statement } from '../api/types.ts';
import { useApi } from '../app/api-context.tsx';
import { useFormat } from '../format/use-format.ts';
import { useVocab } from '../format/use-vocab.ts';
import { DateRange, DateText } from './date-text.tsx';
import { EntityLink } from './entity-link.tsx';
import { ErrorState } from './error-state.tsx';
import { SourceLinks } from './source-links.tsx';

/** What a statement says, seen from `entityId`: the other entities in it, with the relation. */
function StatementLine({ s, entityId }: { s: Statement; entityId: string }) {
  const vocab = useVocab();
  const f = useFormat();
  const { t } = useTranslation();
  const others = [s.subject, s.post ?? s.object].filter((e): e is NonNullable<typeof e> => !!e && e.id !== entityId);
  const behalf = s.on_behalf_of && s.on_behalf_of.id !== entityId ? s.on_behalf_of : null;
  return (
    <Group gap={6} wrap="wrap">
      <Badge size="xs" variant="light">
        {s.role && s.role !== 'member' ? vocab('roleNames', s.role) : vocab('statement.kinds', s.kind)}
      </Badge>
      {others.map((e) => (
        <EntityLink key={e.id} entity={e} />
      ))}
      {behalf && (
        <Text size="xs" c="dimmed" component="span">
          {t('entity.columns.onBehalfOf')} <EntityLink entity={behalf} />
        </Text>
      )}
      {s.ordinal !== null && <Text size="xs" c="dimmed">#{f.number(s.ordinal)}</Text>}
    </Group>
  );
}

/**
 * An entity's facts in time order (GET /api/entities/:id/timeline) as a vertical timeline: each item
 * at its date and precision, what happened, who else was involved, and the sources. `kinds` keeps only
 * some statement kinds (a person's posts, say).
 */
export function EntityTimeline({ entityId, kinds, limit = 300 }: { entityId: string; kinds?: readonly string[]; limit?: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const timeline = useQuery({ queryKey: ['timeline', entityId], queryFn: ({ signal }) => api.queries.timeline(entityId, signal) });
  if (timeline.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (timeline.isError) return <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} />;
  const items = timeline.data.items.filter((i) => !kinds || kinds.includes(i.statement.kind)).slice(0, limit);
  if (items.length === 0) return <Text c="dimmed">{t('entity.noStatements')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="timeline">
      {items.map((i) => (
        <Timeline.Item
          key={`${i.statement.id}-${i.as}`}
          title={
            <Text size="sm" fw={600} component="span">
              {i.date ? <DateText date={i.date} /> : t('date.unknown')}
            </Text>
          }
        >
          <StatementLine s={i.statement} entityId={entityId} />
          {(i.statement.start || i.statement.end) && i.statement.end && (
            <Text size="xs" c="dimmed">
              <DateRange start={i.statement.start} end={i.statement.end} />
            </Text>
          )}
          <SourceLinks references={i.statement.references} />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
