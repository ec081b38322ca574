import { Badge, Card, Chip, Grid, Group, Loader, SegmentedControl, Slider, Stack, Switch, Tabs, Text, Title } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { EntitySummary } from '../../api/types.ts';
import { useApi } from '../../app/api-context.tsx';
import { EntityGraph, NODE_COLORS } from '../../components/entity-graph.tsx';
import { EntityLink } from '../../components/entity-link.tsx';
import { EntityPicker } from '../../components/entity-picker.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { useCityPoints } from '../../components/use-city-points.ts';
import { WorldMap } from '../../components/world-map.tsx';
import { useFormat } from '../../format/use-format.ts';
import { useVocab } from '../../format/use-vocab.ts';
import { GlobalTimelinePanel, type TimelineFilters } from './global-timeline-panel.tsx';

const RELATIONS = ['membership', 'participation', 'host', 'organizer', 'party', 'seat', 'founded_in', 'located_in'] as const;
const FIRST_YEAR = 1980;
const THIS_YEAR = new Date().getFullYear();

/**
 * Explore: around any entity, the network graph (cytoscape) with a time slider (only relations in
 * force that year) and relation filters; the global timeline of every entity (kinds, year range and
 * order); and a world map of the cities in the centre's neighbourhood sized by activity. The centre,
 * tab, hops, year, relations and timeline filters live in the URL.
 */
export function ExplorePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const vocab = useVocab();
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const center = params.get('id') ?? 'tehran';
  const tab = params.get('tab') ?? 'graph';
  const hops = params.get('hops') === '2' ? 2 : 1;
  const kinds = (params.get('kinds') ?? '').split(',').filter(Boolean);
  const yearParam = params.get('year');
  const [year, setYear] = useState<number | null>(yearParam ? Number(yearParam) : null);
  const [debouncedYear] = useDebouncedValue(year, 300);
  useDocumentTitle(`${t('nav.explore')} · ${t('app.name')}`);
  const timelineFilters: TimelineFilters = {
    kinds: (params.get('tkinds') ?? '').split(',').filter(Boolean),
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    order: params.get('order') === 'asc' ? 'asc' : 'desc',
  };

  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  const graph = useQuery({
    queryKey: ['graph', center, hops, debouncedYear, kinds.join(',')],
    queryFn: ({ signal }) => api.queries.graph(center, { hops, kinds, limit: 300, ...(debouncedYear ? { date: `${debouncedYear}-07-01` } : {}) }, signal),
    placeholderData: keepPreviousData,
  });
  const centerEntity = graph.data?.nodes.find((n) => n.id === graph.data?.center) ?? null;
  const edgeLabel = useCallback((kind: string, role: string | null) => (role && role !== 'member' ? vocab('roleNames', role) : vocab('statement.kinds', kind)), [vocab]);

  // The map looks two steps out (a city's partners' partners), so a city page's map is not one dot.
  const wide = useQuery({
    queryKey: ['graph', center, 2, debouncedYear, kinds.join(','), 'map'],
    queryFn: ({ signal }) => api.queries.graph(center, { hops: 2, kinds, limit: 500, ...(debouncedYear ? { date: `${debouncedYear}-07-01` } : {}) }, signal),
    enabled: tab === 'map',
  });
  // Activity of a city: how many relations it has in this neighbourhood.
  const cityMentions = useMemo(() => {
    const data = wide.data;
    if (!data) return [];
    const byId = new Map(data.nodes.map((n) => [n.id, n]));
    return data.edges.flatMap((e) => [byId.get(e.source), byId.get(e.target)]).filter((n): n is NonNullable<typeof n> => !!n && n.type === 'city');
  }, [wide.data]);
  const map = useCityPoints(tab === 'map' ? cityMentions : []);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={1} size="h2">
          {t('nav.explore')}
        </Title>
        <div style={{ minWidth: 280, visibility: tab === 'timeline' ? 'hidden' : undefined }}>
          <EntityPicker
            label={t('explore.center')}
            value={centerEntity}
            onChange={(e: EntitySummary | null) => e && set({ id: e.id })}
          />
        </div>
      </Group>
      <Tabs value={tab} onChange={(v) => set({ tab: v === 'graph' ? null : v })}>
        <Tabs.List>
          <Tabs.Tab value="graph">{t('explore.graph')}</Tabs.Tab>
          <Tabs.Tab value="timeline">{t('explore.timeline')}</Tabs.Tab>
          <Tabs.Tab value="map">{t('explore.map')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {graph.isError && <ErrorState error={graph.error} onRetry={() => void graph.refetch()} />}

      {tab === 'graph' && (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 9 }}>
            <Stack gap="sm">
              <Card withBorder padding="sm">
                <Group gap="lg" wrap="wrap" align="center">
                  <SegmentedControl
                    size="xs"
                    aria-label={t('explore.hops')}
                    value={String(hops)}
                    onChange={(v) => set({ hops: v === '2' ? '2' : null })}
                    data={[
                      { value: '1', label: t('explore.hops1') },
                      { value: '2', label: t('explore.hops2') },
                    ]}
                  />
                  <Switch
                    size="sm"
                    label={t('explore.allTime')}
                    checked={year === null}
                    onChange={(e) => {
                      const next = e.currentTarget.checked ? null : THIS_YEAR;
                      setYear(next);
                      set({ year: next ? String(next) : null });
                    }}
                  />
                  <div style={{ flex: 1, minWidth: 200 }}>
                    <Text size="xs" c="dimmed" id="year-label">
                      {year === null ? t('explore.allTimeHint') : t('explore.inForce', { year: f.number(year, { useGrouping: false }) })}
                    </Text>
                    <Slider
                      aria-labelledby="year-label"
                      min={FIRST_YEAR}
                      max={THIS_YEAR}
                      value={year ?? THIS_YEAR}
                      disabled={year === null}
                      label={(v) => f.number(v, { useGrouping: false })}
                      onChange={setYear}
                      onChangeEnd={(v) => set({ year: String(v) })}
                    />
                  </div>
                </Group>
                <Chip.Group multiple value={kinds} onChange={(v) => set({ kinds: v.length ? v.join(',') : null })}>
                  <Group gap={4} mt="sm" role="group" aria-label={t('explore.relations')}>
                    {RELATIONS.map((k) => (
                      <Chip key={k} value={k} size="xs" variant="light">
                        {vocab('statement.kinds', k)}
                      </Chip>
                    ))}
                  </Group>
                </Chip.Group>
              </Card>
              {graph.data ? (
                <EntityGraph graph={graph.data} edgeLabel={edgeLabel} onSelect={(id) => set({ id })} />
              ) : (
                <Loader size="sm" />
              )}
              <Group gap="md">
                {Object.entries(NODE_COLORS)
                  .slice(0, 6)
                  .map(([type, color]) => (
                    <Group gap={4} key={type}>
                      <span style={{ width: 10, height: 10, borderRadius: 5, background: color, display: 'inline-block' }} />
                      <Text size="xs">{t(`entityTypes.${type as 'city'}`)}</Text>
                    </Group>
                  ))}
              </Group>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 3 }}>
            <Card withBorder padding="sm" component="section" aria-labelledby="nodes-heading">
              <Title order={2} size="h6" id="nodes-heading">
                {t('explore.nodes', { nodes: graph.data?.nodes.length ?? 0, edges: graph.data?.edges.length ?? 0 })}
              </Title>
              {graph.data?.truncated && (
                <Badge color="orange" variant="light" size="xs">
                  {t('explore.truncated')}
                </Badge>
              )}
              <Stack gap={2} mt="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0, maxHeight: 520, overflow: 'auto' }}>
                {graph.data?.nodes.map((n) => (
                  <li key={n.id}>
                    <Group gap={4} wrap="nowrap">
                      <span style={{ width: 8, height: 8, borderRadius: 4, background: NODE_COLORS[n.type] ?? '#64748b', flexShrink: 0 }} />
                      <EntityLink entity={n} />
                    </Group>
                  </li>
                ))}
              </Stack>
            </Card>
          </Grid.Col>
        </Grid>
      )}

      {tab === 'timeline' && (
        <Card withBorder padding="lg">
          <GlobalTimelinePanel
            filters={timelineFilters}
            onChange={(next) =>
              set({
                ...(next.kinds ? { tkinds: next.kinds.join(',') || null } : {}),
                ...(next.from !== undefined ? { from: next.from || null } : {}),
                ...(next.to !== undefined ? { to: next.to || null } : {}),
                ...(next.order ? { order: next.order === 'asc' ? 'asc' : null } : {}),
              })
            }
          />
        </Card>
      )}

      {tab === 'map' && (
        <Card withBorder padding="sm">
          <Text size="sm" c="dimmed" mb="xs">
            {t('explore.mapHint')}
            {map.loading && <Loader size="xs" ms="xs" />}
          </Text>
          <WorldMap points={map.points} title={t('explore.mapTitle')} />
        </Card>
      )}
    </Stack>
  );
}
