import { Button, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../format/use-format.ts';

/** Any path the app does not know (the server sends index.html for every non-/api path). */
export function NotFoundPage() {
  const { t } = useTranslation();
  const f = useFormat();
  useDocumentTitle(`${t('notFound.title')} · ${t('app.name')}`);
  return (
    <Stack gap="md" align="center" py="xl" ta="center">
      <Text fz={64} fw={800} c="shahr.2" aria-hidden="true">
        {f.number(404, { useGrouping: false })}
      </Text>
      <Title order={1} size="h2">
        {t('notFound.title')}
      </Title>
      <Text c="dimmed" maw={480}>
        {t('notFound.text')}
      </Text>
      <Button component={Link} to="/">
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}
