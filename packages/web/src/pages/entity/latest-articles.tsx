import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../app/api-context.tsx';
import { ArticleRow } from '../article/articles-page.tsx';

/** The latest news whose extracted facts mention the entity ("every report that mentions it"). */
export function LatestArticles({ entityId }: { entityId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const articles = useQuery({ queryKey: ['articles', 'entity', entityId], queryFn: ({ signal }) => api.articles.list({ entity: entityId, limit: 8 }, signal) });
  if (!articles.data || articles.data.items.length === 0) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="latest-articles-heading">
      <Title order={2} size="h5" id="latest-articles-heading" mb="xs">
        {t('entity.latestArticles')}
      </Title>
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="latest-articles">
        {articles.data.items.map((hit) => (
          <ArticleRow key={hit.id} hit={hit} />
        ))}
      </Stack>
      {articles.data.total > articles.data.items.length && (
        <Text size="xs" mt="xs">
          <Anchor component={Link} to="/articles">
            {t('entity.moreArticles', { count: articles.data.total })}
          </Anchor>
        </Text>
      )}
    </Card>
  );
}
