import { Alert, Badge, Button, Card, Chip, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { useApi } from '../../app/api-context.tsx';
import { useSession } from '../../auth/session.ts';
import { ENTITY_TYPES, type EntityType, type SearchHit } from '../../api/types.ts';
import { entityPath } from '../../components/entity-link.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { SearchIcon } from '../../components/icons.tsx';
import { useFormat } from '../../format/use-format.ts';
import { ArticleRow } from '../article/articles-page.tsx';
import { groupHits } from './group-hits.ts';

const PAGE_SIZE = 30;
const FILTER_TYPES: EntityType[] = ['city', 'person', 'organization', 'event', 'agreement'];
const SUGGESTIONS = ['تهران', 'Metropolis', 'مشهد', 'UCLG'];

function isEntityType(value: string | null): value is EntityType {
  return value !== null && (ENTITY_TYPES as readonly string[]).includes(value);
}

/** One result: the label in the reader's language and, dimmed, the other language's label. */
function HitRow({ hit }: { hit: SearchHit }) {
  const f = useFormat();
  const main = f.label(hit.labels, hit.id);
  const otherText = main.lang === 'fa' ? hit.labels.en : hit.labels.fa;
  return (
    <Link to={entityPath(hit.id)} className="result-link">
      <Group gap="xs" wrap="wrap" align="baseline">
        <Text fw={600} component="span" lang={main.lang} dir="auto">
          {main.text}
        </Text>
        {otherText && otherText !== main.text && (
          <Text size="sm" c="dimmed" component="span" dir="auto" lang={main.lang === 'fa' ? 'en' : 'fa'}>
            {otherText}
          </Text>
        )}
      </Group>
    </Link>
  );
}

/**
 * Search as-you-type: the input updates the URL (`?q=&type=`, so results can be shared and the back
 * button works) after a short debounce, results come in pages and are grouped by entity type.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const api = useApi();
  const session = useSession();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  // Without an account (and no public read mode) the API would answer 401: ask to sign in instead.
  const mustSignIn = !!session.data && !session.data.user && !session.data.public_read;
  const urlQuery = params.get('q') ?? '';
  const typeParam = params.get('type');
  const type = isEntityType(typeParam) ? typeParam : undefined;
  const [input, setInput] = useState(urlQuery);
  const [debounced] = useDebouncedValue(input.trim(), 250);
  useDocumentTitle(urlQuery ? `${urlQuery} · ${t('app.name')}` : `${t('search.title')} · ${t('app.name')}`);

  // Typing updates the URL after the debounce; replace (not push) so Back leaves the page.
  useEffect(() => {
    if (debounced === urlQuery) return;
    const next = new URLSearchParams(params);
    if (debounced) next.set('q', debounced);
    else next.delete('q');
    setParams(next, { replace: true });
  }, [debounced, urlQuery, params, setParams]);

  // Navigating to another ?q= (header search, back button) refills the input.
  useEffect(() => {
    setInput((current) => (current.trim() === urlQuery ? current : urlQuery));
  }, [urlQuery]);

  const results = useInfiniteQuery({
    queryKey: ['search', urlQuery, type ?? null],
    queryFn: ({ pageParam, signal }) =>
      api.entities.search({ q: urlQuery, type, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
    enabled: urlQuery.length > 0 && !!session.data && !mustSignIn,
    placeholderData: keepPreviousData,
  });

  // News matching the same words, with the matched words highlighted in title and snippet.
  const articles = useQuery({
    queryKey: ['articles', 'search', urlQuery],
    queryFn: ({ signal }) => api.articles.list({ q: urlQuery, limit: 5 }, signal),
    enabled: urlQuery.length > 0 && !!session.data && !mustSignIn,
    placeholderData: keepPreviousData,
    retry: false,
  });

  const hits = useMemo(() => results.data?.pages.flatMap((p) => p.items) ?? [], [results.data]);
  const groups = useMemo(() => groupHits(hits), [hits]);
  const setType = (value: string) => {
    const next = new URLSearchParams(params);
    if (value === 'all') next.delete('type');
    else next.set('type', value);
    setParams(next, { replace: true });
  };

  const countText = results.hasNextPage
    ? t('search.resultsAtLeast', { count: hits.length })
    : t('search.results', { count: hits.length });

  return (
    <Stack gap="lg" maw={860} mx="auto">
      <div>
        <Title order={1} size="h2">
          {t('search.heroTitle')}
        </Title>
        <Text c="dimmed" mt={6}>
          {t('search.heroText')}
        </Text>
      </div>
      {mustSignIn && (
        <Alert variant="light" color="blue">
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t('signIn.required')}</Text>
            <Button component={Link} to={`/sign-in?next=${encodeURIComponent(`${location.pathname}${location.search}`)}`} size="xs">
              {t('header.signIn')}
            </Button>
          </Group>
        </Alert>
      )}
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <TextInput
          type="search"
          size="lg"
          radius="xl"
          label={t('search.inputLabel')}
          labelProps={{ className: 'visually-hidden' }}
          placeholder={t('header.searchPlaceholder')}
          value={input}
          onChange={(event) => setInput(event.currentTarget.value)}
          leftSection={<SearchIcon size={20} />}
          rightSection={results.isFetching ? <Loader size="xs" /> : null}
          autoFocus
          dir="auto"
        />
      </form>
      <Chip.Group value={type ?? 'all'} onChange={(v) => setType(Array.isArray(v) ? (v[0] ?? 'all') : v)}>
        <Group gap={6} role="group" aria-label={t('search.typeFilter')}>
          <Chip value="all" size="sm" variant="light">
            {t('entityTypesPlural.all')}
          </Chip>
          {FILTER_TYPES.map((ft) => (
            <Chip key={ft} value={ft} size="sm" variant="light">
              {t(`entityTypesPlural.${ft}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>

      <div aria-live="polite" aria-busy={results.isFetching}>
        {!urlQuery && (
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('search.suggestions')}:
            </Text>
            {SUGGESTIONS.map((s) => (
              <Button key={s} variant="default" size="compact-sm" radius="xl" onClick={() => setInput(s)} dir="auto">
                {s}
              </Button>
            ))}
          </Group>
        )}
        {urlQuery && results.isError && <ErrorState error={results.error} onRetry={() => void results.refetch()} />}
        {urlQuery && results.isSuccess && hits.length === 0 && (
          <Card withBorder padding="lg">
            <Text fw={600} dir="auto">
              {t('search.noResults', { query: urlQuery })}
            </Text>
            <Text size="sm" c="dimmed" mt={4}>
              {t('search.noResultsHint')}
            </Text>
          </Card>
        )}
        {urlQuery && hits.length > 0 && (
          <Text size="sm" c="dimmed" mb="sm">
            {countText}
          </Text>
        )}
      </div>

      {urlQuery &&
        groups.map((group) => (
          <Card key={group.type} withBorder padding="sm" component="section" aria-labelledby={`group-${group.type}`}>
            <Group gap="xs" px="xs" pb={4}>
              <Title order={2} size="h5" id={`group-${group.type}`}>
                {t(`entityTypesPlural.${group.type}`)}
              </Title>
              <Badge size="sm" variant="light" color="gray">
                {f.number(group.hits.length)}
              </Badge>
            </Group>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {group.hits.map((hit) => (
                <li key={hit.id}>
                  <HitRow hit={hit} />
                </li>
              ))}
            </ul>
          </Card>
        ))}

      {urlQuery && articles.data && articles.data.items.length > 0 && (
        <Card withBorder padding="sm" component="section" aria-labelledby="group-articles">
          <Group gap="xs" px="xs" pb={4}>
            <Title order={2} size="h5" id="group-articles">
              {t('nav.articles')}
            </Title>
            <Badge size="sm" variant="light" color="gray">
              {f.number(articles.data.total)}
            </Badge>
            <Button component={Link} to={`/articles?q=${encodeURIComponent(urlQuery)}`} variant="subtle" size="compact-xs">
              {t('search.allNews')}
            </Button>
          </Group>
          <Stack gap="md" component="ul" style={{ listStyle: 'none', margin: 0, padding: '0 0.75rem' }}>
            {articles.data.items.map((hit) => (
              <ArticleRow key={hit.id} hit={hit} />
            ))}
          </Stack>
        </Card>
      )}

      {results.hasNextPage && (
        <Group justify="center">
          <Button variant="light" onClick={() => void results.fetchNextPage()} loading={results.isFetchingNextPage}>
            {t('search.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
