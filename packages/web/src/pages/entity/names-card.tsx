import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EntityDetail } from '../../api/types.ts';
import { DateRange } from '../../components/date-text.tsx';

/**
 * Every name of an entity, grouped by language, with its kind (official, spelling variant…) and the
 * period it was valid. Names are user content in their own language: `lang` and `dir="auto"`.
 */
export function NamesCard({ entity }: { entity: EntityDetail }) {
  const { t, i18n } = useTranslation();
  if (entity.names.length === 0) return null;
  const langs = [...new Set(entity.names.map((n) => n.lang))];
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="names-heading">
      <Title order={2} size="h5" id="names-heading" mb="xs">
        {t('entity.names')}
      </Title>
      <Stack gap="sm">
        {langs.map((lang) => (
          <div key={lang}>
            <Text size="xs" c="dimmed" tt="uppercase" mb={4}>
              {lang}
            </Text>
            <Stack gap={4}>
              {entity.names
                .filter((n) => n.lang === lang)
                .map((n, i) => {
                  const kindKey = `entity.nameKinds.${n.kind}`;
                  return (
                    <Group key={`${n.text}-${i}`} gap={6} wrap="wrap">
                      <Text size="sm" component="span" lang={lang} dir="auto" fw={n.kind === 'official' ? 600 : 400}>
                        {n.text}
                      </Text>
                      {n.kind !== 'official' && (
                        <Badge size="xs" variant="light" color="gray">
                          {i18n.exists(kindKey) ? t(kindKey as 'entity.nameKinds.alias') : n.kind}
                        </Badge>
                      )}
                      {(n.from || n.to) && (
                        <Text size="xs" c="dimmed">
                          <DateRange start={n.from} end={n.to} />
                        </Text>
                      )}
                    </Group>
                  );
                })}
            </Stack>
          </div>
        ))}
      </Stack>
    </Card>
  );
}
