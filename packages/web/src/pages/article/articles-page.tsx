import { Anchor, Badge, Card, Chip, Group, Loader, Pagination, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { ArticleHit } from '../../api/query-types.ts';
import { useApi } from '../../app/api-context.tsx';
import { DateText } from '../../components/date-text.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { HighlightedText } from '../../components/highlighted-text.tsx';
import { SearchIcon } from '../../components/icons.tsx';
import { useFormat } from '../../format/use-format.ts';

const PAGE = 20;

/** One article in a list: title (highlighted when searching), site, date, snippet. */
export function ArticleRow({ hit }: { hit: ArticleHit }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} component="li" data-article={hit.id}>
      <Anchor component={Link} to={`/articles/${encodeURIComponent(hit.id)}`} fw={600} dir="auto">
        {hit.title_highlighted ? <HighlightedText text={hit.title_highlighted.text} highlights={hit.title_highlighted.highlights} /> : hit.title}
      </Anchor>
      <Group gap={6}>
        {hit.site && (
          <Text size="xs" c="dimmed" dir="ltr">
            {hit.site}
          </Text>
        )}
        {hit.published && (
          <Text size="xs" c="dimmed">
            <DateText date={hit.published} />
          </Text>
        )}
        {hit.duplicate_of && (
          <Badge size="xs" variant="light" color="gray">
            {t('article.copy')}
          </Badge>
        )}
      </Group>
      {hit.snippet && (
        <Text size="sm" dir="auto" c="gray.8">
          <HighlightedText text={hit.snippet.text} highlights={hit.snippet.highlights} />
        </Text>
      )}
    </Stack>
  );
}

/**
 * The news: the latest ingested articles, or a full-text search as you type (Persian spellings folded)
 * with highlighted snippets and facets by site and year. Query, facets and page live in the URL.
 */
export function ArticlesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const site = params.get('site') ?? undefined;
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const [input, setInput] = useState(q);
  const [debounced] = useDebouncedValue(input.trim(), 250);
  useDocumentTitle(`${t('nav.articles')} · ${t('app.name')}`);

  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  useEffect(() => {
    if (debounced !== q) set({ q: debounced || null, page: null, year: null, site: null });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the typed text drives this
  }, [debounced]);

  const result = useQuery({
    queryKey: ['articles', q, site ?? null, year ?? null, page],
    queryFn: ({ signal }) => api.articles.list({ q: q || undefined, site, year: q ? year : undefined, limit: PAGE, offset: (page - 1) * PAGE }, signal),
    placeholderData: keepPreviousData,
  });
  const pages = Math.ceil((result.data?.total ?? 0) / PAGE);

  return (
    <Stack gap="md" maw={900} mx="auto">
      <Title order={1} size="h2">
        {t('nav.articles')}
      </Title>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <TextInput
          type="search"
          label={t('article.searchLabel')}
          placeholder={t('article.searchPlaceholder')}
          value={input}
          onChange={(e) => setInput(e.currentTarget.value)}
          leftSection={<SearchIcon size={18} />}
          rightSection={result.isFetching ? <Loader size="xs" /> : null}
          dir="auto"
        />
      </form>
      {result.data?.facets && (
        <Group gap="lg" wrap="wrap" align="flex-start">
          <Chip.Group value={site ?? ''} onChange={(v) => set({ site: (Array.isArray(v) ? v[0] : v) || null, page: null })}>
            <Group gap={4} role="group" aria-label={t('article.bySite')}>
              {result.data.facets.site.map((s) => (
                <Chip key={s.value} value={s.value} size="xs" variant="light">
                  <span dir="ltr">{s.value}</span> ({f.number(s.count)})
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          <Chip.Group value={year ? String(year) : ''} onChange={(v) => set({ year: (Array.isArray(v) ? v[0] : v) || null, page: null })}>
            <Group gap={4} role="group" aria-label={t('article.byYear')}>
              {result.data.facets.year.map((y) => (
                <Chip key={y.value} value={String(y.value)} size="xs" variant="light">
                  {f.number(y.value, { useGrouping: false })} ({f.number(y.count)})
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Group>
      )}
      {result.isError && <ErrorState error={result.error} onRetry={() => void result.refetch()} />}
      <Text size="sm" c="dimmed" aria-live="polite">
        {result.data ? t('article.count', { count: result.data.total }) : ''}
      </Text>
      <Card withBorder padding="md">
        <Stack gap="md" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {result.data?.items.map((hit) => <ArticleRow key={hit.id} hit={hit} />)}
        </Stack>
      </Card>
      {pages > 1 && <Pagination total={pages} value={page} onChange={(p) => set({ page: p === 1 ? null : String(p) })} />}
    </Stack>
  );
}
