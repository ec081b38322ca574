import { Badge, Button, Card, Code, Group, Loader, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { useFormat } from '../../format/use-format.ts';

/** A compact one-line view of a history value (a statement or entity as JSON), for the diff. */
function brief(value: unknown): string {
  if (value === null || value === undefined) return '—';
  const text = JSON.stringify(value);
  return text.length > 220 ? `${text.slice(0, 220)}…` : text;
}

/**
 * The history of an entity and its statements: who changed what, when and why, newest first, paged.
 * The reason is the editor's own words (user content: dir="auto").
 */
export function HistoryPanel({ entityId }: { entityId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const api = useApi();
  const history = useInfiniteQuery({
    queryKey: ['history', entityId],
    queryFn: ({ pageParam }) => api.entities.history(entityId, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
  });
  if (history.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  const items = history.data.pages.flatMap((p) => p.items);
  const when = new Intl.DateTimeFormat(f.lang === 'fa' ? 'fa-IR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Stack gap="sm" data-testid="history">
      {items.length === 0 && <Text c="dimmed">{t('history.empty')}</Text>}
      {items.map((h) => (
        <Card key={h.id} withBorder padding="sm" component="article">
          <Group gap="xs" wrap="wrap">
            <Badge variant="light">{h.action}</Badge>
            <Text size="sm" fw={600} dir="auto">
              {h.actor.name}
            </Text>
            <Text size="xs" c="dimmed">
              <time dateTime={h.at}>{when.format(new Date(h.at))}</time>
            </Text>
            <Text size="xs" c="dimmed">
              {t(`history.target.${h.target.type}`)} <span dir="ltr">{h.target.id}</span>
            </Text>
          </Group>
          {h.reason && (
            <Text size="sm" mt={4} dir="auto">
              {t('history.why')}: {h.reason}
            </Text>
          )}
          {(h.before !== null || h.after !== null) && (
            <details>
              <summary>
                <Text span size="xs">
                  {t('history.changes')}
                </Text>
              </summary>
              <Stack gap={2} mt={4}>
                <Code block dir="ltr">{`- ${brief(h.before)}\n+ ${brief(h.after)}`}</Code>
              </Stack>
            </details>
          )}
        </Card>
      ))}
      {history.hasNextPage && (
        <Button variant="light" onClick={() => void history.fetchNextPage()} loading={history.isFetchingNextPage}>
          {t('search.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
