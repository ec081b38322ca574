import { Alert, Anchor, Badge, Card, Grid, Group, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { ArticleDetail } from '../../api/query-types.ts';
import { useApi } from '../../app/api-context.tsx';
import { renderMarked } from '../../components/highlighted-text.tsx';
import { ExternalIcon } from '../../components/icons.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { formatPartialDate } from '../../format/partial-date.ts';
import { useFormat } from '../../format/use-format.ts';
import { useVocab } from '../../format/use-vocab.ts';
import { ClaimSentence } from '../review/claim-sentence.tsx';

/** The publication date in both calendars: the reader's first, the other in brackets. */
function BothCalendars({ article }: { article: ArticleDetail }) {
  const f = useFormat();
  if (!article.published) return null;
  const jalali = formatPartialDate(article.published, { lang: f.lang, calendar: 'jalali' });
  const gregorian = formatPartialDate(article.published, { lang: f.lang, calendar: 'gregorian' });
  return (
    <time dateTime={article.published.value} data-testid="published">
      {jalali} <Text span c="dimmed">({gregorian})</Text>
    </time>
  );
}

/** The cleaned text with the sentences claims were read from marked by their offsets. */
function CleanedText({ article }: { article: ArticleDetail }) {
  const { t } = useTranslation();
  const marks = article.claims.flatMap((c) =>
    c.evidence
      .filter((e) => e.article_id === article.id && e.start !== null && e.end !== null)
      .map((e) => ({
        start: e.start as number,
        end: e.end as number,
        render: (piece: string, key: string) => (
          <mark key={key} className="evidence-mark" title={t('article.evidenceHint')}>
            {piece}
          </mark>
        ),
      })),
  );
  return (
    <div className="article-text" dir="auto" lang={article.language === 'en' ? 'en' : 'fa'} data-testid="article-text">
      {renderMarked(article.text, marks)}
    </div>
  );
}

/**
 * The article reader: the cleaned text (site chrome removed) with the sentences claims came from
 * marked, a switch to the raw record as it was read, the publication date in both calendars, the
 * source site, its near-duplicates, and the claims extracted from it with their review status.
 * Both texts are rendered as text: markup inside an article is shown, never run.
 */
export function ArticlePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const vocab = useVocab();
  const api = useApi();
  const { id = '' } = useParams();
  const [view, setView] = useState<'clean' | 'raw'>('clean');
  const article = useQuery({ queryKey: ['article', id], queryFn: ({ signal }) => api.articles.get(id, signal) });
  useDocumentTitle(`${article.data?.title ?? t('article.title')} • ${t('app.name')}`);

  if (article.isPending) return <Skeleton height={300} />;
  if (article.isError) return <ErrorState error={article.error} onRetry={() => void article.refetch()} />;
  const a = article.data;
  const original = a.duplicate_of ? a.duplicates.find((d) => d.id === a.duplicate_of) : undefined;

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="md" component="article" aria-labelledby="article-title">
          <Group gap="xs" wrap="wrap">
            {a.site && (
              <Badge variant="light" tt="none" dir="ltr">
                {a.site}
              </Badge>
            )}
            <Text size="sm" c="dimmed">
              <BothCalendars article={a} />
            </Text>
            {a.url && (
              <Anchor href={a.url} target="_blank" rel="noopener noreferrer" size="sm" className="source-link">
                {t('article.original')} <ExternalIcon size={12} />
              </Anchor>
            )}
          </Group>
          <Title order={1} size="h2" id="article-title" style={{ lineHeight: 1.5 }}>
            <span dir="auto">{a.title}</span>
          </Title>
          {original && (
            <Alert variant="light" color="gray">
              {t('article.copyOf')}{' '}
              <Anchor component={Link} to={`/articles/${encodeURIComponent(original.id)}`} dir="auto">
                {original.title}
              </Anchor>
            </Alert>
          )}
          <Group>
          <SegmentedControl
            size="xs"
            aria-label={t('article.view')}
            value={view}
            onChange={(v) => setView(v === 'raw' ? 'raw' : 'clean')}
            data={[
              { value: 'clean', label: t('article.cleaned') },
              { value: 'raw', label: <bdi>{t('article.raw', { format: a.raw_format })}</bdi> },
            ]}
          />
          </Group>
          <Card withBorder padding="lg">
            {view === 'clean' ? (
              <CleanedText article={a} />
            ) : (
              <pre className="raw-text" dir="auto" data-testid="article-raw">
                {a.raw}
              </pre>
            )}
          </Card>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="lg">
          <Card withBorder padding="md" component="section" aria-labelledby="claims-heading">
            <Title order={2} size="h5" id="claims-heading" mb="xs">
              {t('article.claims')}
            </Title>
            {a.claims.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('article.noClaims')}
              </Text>
            )}
            <Stack gap="sm">
              {a.claims.map((c) => {
                const e = c.evidence.find((x) => x.article_id === a.id) ?? c.evidence[0];
                return (
                  <Stack key={c.id} gap={4} data-claim={c.id}>
                    <Group gap={6}>
                      <Badge size="sm">{vocab('review.kinds', c.kind)}</Badge>
                      <Badge size="sm" variant="outline" color={c.status === 'accepted' ? 'green' : c.status === 'proposed' ? 'orange' : 'gray'}>
                        {t(`statement.status.${c.status === 'merged' ? 'rejected' : c.status}`)}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {f.number(c.confidence, { style: 'percent' })}
                      </Text>
                    </Group>
                    {e && <ClaimSentence sentence={e.sentence} args={c.arguments} />}
                    {c.status === 'proposed' && (
                      <Anchor component={Link} to="/review" size="xs">
                        {t('article.toReview')}
                      </Anchor>
                    )}
                  </Stack>
                );
              })}
            </Stack>
          </Card>
          <Card withBorder padding="md" component="section" aria-labelledby="dups-heading">
            <Title order={2} size="h5" id="dups-heading" mb="xs">
              {t('article.duplicates')}
            </Title>
            {a.duplicates.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('article.noDuplicates')}
              </Text>
            ) : (
              <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {a.duplicates.map((d) => (
                  <li key={d.id}>
                    <Anchor component={Link} to={`/articles/${encodeURIComponent(d.id)}`} size="sm" dir="auto">
                      {d.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      <span dir="ltr">{d.site ?? ''}</span>
                      {d.similarity !== null ? ` • ${t('article.similarity', { value: f.number(d.similarity, { style: 'percent' }) })}` : ''}
                      {d.id === a.duplicate_of ? ` • ${t('article.theOriginal')}` : ''}
                    </Text>
                  </li>
                ))}
              </Stack>
            )}
          </Card>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
