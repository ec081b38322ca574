import { Anchor, Badge, Card, Group, Loader, Table, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { eventsCalendarUrl } from '../../api/endpoints.ts';
import type { EntitySummary, PartialDate } from '../../api/types.ts';
import { useApi } from '../../app/api-context.tsx';
import { DateText } from '../../components/date-text.tsx';
import { EntityLink } from '../../components/entity-link.tsx';
import { useFormat } from '../../format/use-format.ts';
import { useVocab } from '../../format/use-vocab.ts';

/**
 * Sessions, congresses and other events of an organization in order (by date, then ordinal), with
 * their number, host and type, read from each event's own record; with a link to the organization's
 * events as an iCalendar feed (the events known to the day) for calendar programs.
 */
export function OrgEvents({ organizationId, events }: { organizationId: string; events: readonly EntitySummary[] }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const vocab = useVocab();
  const api = useApi();
  const details = useQueries({
    queries: events.slice(0, 60).map((e) => ({ queryKey: ['entity', e.id], queryFn: ({ signal }: { signal: AbortSignal }) => api.entities.get(e.id, signal) })),
  });
  if (events.length === 0) return null;
  const rows = events.slice(0, 60).map((e, i) => {
    const a = details[i]?.data?.attributes;
    return { e, ordinal: typeof a?.ordinal === 'number' ? a.ordinal : null, host: a?.host, start: a?.start as PartialDate | undefined, type: a?.event_type };
  });
  rows.sort((x, y) => (x.start?.value ?? '9999').localeCompare(y.start?.value ?? '9999') || (x.ordinal ?? 0) - (y.ordinal ?? 0));
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="org-events-heading">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={2} size="h4" id="org-events-heading">
          {t('org.sessions')} {details.some((d) => d.isPending) && <Loader size="xs" />}
        </Title>
        <Anchor size="sm" href={eventsCalendarUrl(organizationId, i18n.language === 'en' ? 'en' : 'fa')} title={t('org.calendarHint')} data-testid="org-calendar">
          {t('org.calendar')}
        </Anchor>
      </Group>
      <Table verticalSpacing="xs" data-testid="org-events">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('entity.ordinal')}</Table.Th>
            <Table.Th scope="col">{t('entityTypes.event')}</Table.Th>
            <Table.Th scope="col">{t('entity.host')}</Table.Th>
            <Table.Th scope="col">{t('entity.date')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.e.id}>
              <Table.Td>{r.ordinal === null ? '' : f.number(r.ordinal)}</Table.Td>
              <Table.Td>
                <EntityLink entity={r.e} />{' '}
                {typeof r.type === 'string' && (
                  <Badge size="xs" variant="light" color="gray">
                    {vocab('eventTypes', r.type)}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{r.host && typeof r.host === 'object' ? <EntityLink entity={r.host} /> : ''}</Table.Td>
              <Table.Td>
                <Text size="sm">{r.start ? <DateText date={r.start} /> : ''}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
