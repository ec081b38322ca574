import { Card, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityDetail, EntitySummary } from '../../api/types.ts';
import { DateRange, DateText } from '../../components/date-text.tsx';
import { EntityLink } from '../../components/entity-link.tsx';
import { useFormat } from '../../format/use-format.ts';

function isSummary(value: unknown): value is EntitySummary {
  return typeof value === 'object' && value !== null && 'id' in value && 'labels' in value;
}

/** A vocabulary value translated when the key exists, else shown as sent. */
function useVocab() {
  const { t, i18n } = useTranslation();
  return (group: 'classifications' | 'eventTypes' | 'agreementTypes' | 'agreementStatus', value: string) => {
    const key = `${group}.${value}`;
    return i18n.exists(key) ? t(key as 'classifications.other') : value;
  };
}

/**
 * The type-specific attributes of an entity as a two-column list: a city's country, province,
 * population and coordinates; an organization's classification, founding and seats; an event's
 * type, ordinal, host and dates; an agreement's type, status and date. Empty when nothing is known.
 */
export function EntityFacts({ entity }: { entity: EntityDetail }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const vocab = useVocab();
  const a = entity.attributes;
  const rows: [string, ReactNode][] = [];
  const add = (label: string, value: ReactNode) => {
    if (value !== undefined && value !== null && value !== '') rows.push([label, value]);
  };

  if (a.country !== undefined) add(t('entity.country'), isSummary(a.country) ? <EntityLink entity={a.country} /> : f.region(String(a.country)));
  if (typeof a.province === 'string') add(t('entity.province'), <span dir="auto">{a.province}</span>);
  if (typeof a.population === 'number') add(t('entity.population'), f.number(a.population));
  if (a.coordinates) {
    const fmt = (n: number) => f.number(n, { maximumFractionDigits: 3, minimumFractionDigits: 3 });
    add(t('entity.coordinates'), <span dir="ltr">{`${fmt(a.coordinates.lat)}${i18n.language === 'fa' ? '، ' : ', '}${fmt(a.coordinates.lon)}`}</span>);
  }
  if (typeof a.classification === 'string') add(t('entity.classification'), vocab('classifications', a.classification));
  if (a.founding_date) add(t('entity.founded'), <DateText date={a.founding_date} />);
  if (isSummary(a.founding_place)) add(t('entity.foundingPlace'), <EntityLink entity={a.founding_place} />);
  if (isSummary(a.parent)) add(t('entity.parent'), <EntityLink entity={a.parent} />);
  if (Array.isArray(a.seats) && a.seats.length > 0) {
    add(
      t('entity.seats'),
      <Stack gap={2}>
        {a.seats.map((seat, i) => (
          <span key={i}>
            {isSummary(seat.city) ? <EntityLink entity={seat.city} /> : null}{' '}
            <Text span size="xs" c="dimmed">
              <DateRange start={seat.since} end={seat.until} />
            </Text>
          </span>
        ))}
      </Stack>,
    );
  }
  if (typeof a.event_type === 'string') add(t('entity.eventType'), vocab('eventTypes', a.event_type));
  if (typeof a.ordinal === 'number') add(t('entity.ordinal'), f.number(a.ordinal));
  if (isSummary(a.organization)) add(t('entity.organization'), <EntityLink entity={a.organization} />);
  if (isSummary(a.host)) add(t('entity.host'), <EntityLink entity={a.host} />);
  if (a.virtual === true) add(t('entity.virtual'), '✓');
  if (a.start || a.end) add(t('entity.date'), <DateRange start={a.start} end={a.end} />);
  if (typeof a.agreement_type === 'string') add(t('entity.agreementType'), vocab('agreementTypes', a.agreement_type));
  if (typeof a.status === 'string') add(t('entity.status'), vocab('agreementStatus', a.status));
  if (a.date) add(t('entity.date'), <DateText date={a.date} />);

  if (rows.length === 0) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="facts-heading">
      <Title order={2} size="h5" id="facts-heading" mb="xs">
        {t('entity.facts')}
      </Title>
      <Table variant="vertical" withRowBorders={false} verticalSpacing={6}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w="40%" fw={500} c="dimmed" style={{ background: 'transparent' }}>
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
