import { Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.tsx';
import { DateInputField, type DateFieldValue } from '../../components/date-input-field.tsx';
import { DateRange, DateText } from '../../components/date-text.tsx';
import { EntityLink } from '../../components/entity-link.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { parseDateInput } from '../../format/partial-date.ts';
import { useVocab } from '../../format/use-vocab.ts';
import { useCalendar } from '../../prefs/calendar.tsx';

/**
 * Who held which post on a chosen day (officers of a network, or the mayor of a city): the day is
 * typed in Jalali or Gregorian (with a preview in the other calendar); the API applies the partial-date
 * rule (a term stated as "2021" counts from its first day to its last).
 */
export function OfficersAsOf({ entityId, view }: { entityId: string; view: 'officers' | 'mayor' }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const api = useApi();
  const { calendar } = useCalendar();
  const today = new Date();
  const [value, setValue] = useState<DateFieldValue>(() => ({
    text: calendar === 'jalali' ? '' : today.toISOString().slice(0, 10),
    calendar,
  }));
  const parsed = value.text.trim() ? parseDateInput(value.text, value.calendar) : null;
  const date = parsed?.ok ? parsed.apiValue : today.toISOString().slice(0, 10);
  const result = useQuery({ queryKey: ['as-of', view, entityId, date], queryFn: ({ signal }) => api.queries.asOf(view, entityId, date, signal) });
  const headingId = `asof-${view}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {view === 'officers' ? t('org.officersOn') : t('org.mayorOn')}
        </Title>
        <Group align="flex-end" gap="sm">
          <div style={{ maxWidth: 360 }}>
            <DateInputField label={t('org.asOfDate')} value={value} onChange={setValue} error={parsed && !parsed.ok ? t('form.dateInvalid') : undefined} />
          </div>
          {result.data && (
            <Text size="sm" c="dimmed" pb={30}>
              <DateText date={{ value: result.data.day, precision: 'day', calendar: 'gregorian' }} />
            </Text>
          )}
        </Group>
        {result.isPending && <Loader size="xs" />}
        {result.isError && <ErrorState error={result.error} />}
        {result.data && result.data.items.length === 0 && <Text c="dimmed">{t('org.nobody')}</Text>}
        {result.data && result.data.items.length > 0 && (
          <Table verticalSpacing="xs" data-testid={`as-of-${view}`}>
            <Table.Tbody>
              {result.data.items.map((i) => (
                <Table.Tr key={i.statement.id}>
                  <Table.Td>{vocab('roleNames', i.role)}</Table.Td>
                  <Table.Td>
                    <EntityLink entity={i.holder} fw={500} />
                  </Table.Td>
                  <Table.Td>{i.on_behalf_of ? <EntityLink entity={i.on_behalf_of} /> : ''}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      <DateRange start={i.start} end={i.end} />
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
