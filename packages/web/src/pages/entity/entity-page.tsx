import { Alert, Anchor, Badge, Button, Card, Grid, Group, Modal, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams, useSearchParams } from 'react-router-dom';
import { isAppError } from '../../api/client.ts';
import type { EntityDetail } from '../../api/types.ts';
import { useApi } from '../../app/api-context.tsx';
import { canEdit, useSession } from '../../auth/session.ts';
import { entityPath } from '../../components/entity-link.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { ExternalIcon, PlusIcon } from '../../components/icons.tsx';
import { SourceLinks } from '../../components/source-links.tsx';
import { useFormat } from '../../format/use-format.ts';
import { AddStatementForm } from './add-statement-form.tsx';
import { classifyStatements, SECTIONS, type SectionId } from './classify-statements.ts';
import { EntityLink } from '../../components/entity-link.tsx';
import { EntityTimeline } from '../../components/entity-timeline.tsx';
import { useCityPoints } from '../../components/use-city-points.ts';
import { WorldMap } from '../../components/world-map.tsx';
import type { EntitySummary, Statement } from '../../api/types.ts';
import { EntityFacts } from './entity-facts.tsx';
import { HistoryPanel } from './history-panel.tsx';
import { LatestArticles } from './latest-articles.tsx';
import { MembersTable } from './members-table.tsx';
import { OfficersAsOf } from './officers-as-of.tsx';
import { OrgEvents } from './org-events.tsx';
import { StatementActions } from './statement-actions.tsx';
import { NamesCard } from './names-card.tsx';
import { StatementTable } from './statement-table.tsx';

const SECTION_TITLE: Record<SectionId, 'entity.posts' | 'entity.holders' | 'entity.memberships' | 'entity.members' | 'entity.events' | 'entity.agreements' | 'entity.otherStatements'> = {
  posts: 'entity.posts',
  holders: 'entity.holders',
  memberships: 'entity.memberships',
  members: 'entity.members',
  events: 'entity.events',
  agreements: 'entity.agreements',
  other: 'entity.otherStatements',
};

/** Links for identifiers that have a public page. */
const IDENTIFIER_URL: Record<string, (id: string) => string> = {
  wikidata: (id) => `https://www.wikidata.org/wiki/${encodeURIComponent(id)}`,
  geonames: (id) => `https://www.geonames.org/${encodeURIComponent(id)}`,
  website: (id) => id,
};

function EntityHeader({ entity, editable, onAdd }: { entity: EntityDetail; editable: boolean; onAdd(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const main = f.label(entity.labels, entity.id);
  const otherLang = main.lang === 'fa' ? 'en' : 'fa';
  const otherText = entity.labels[otherLang];
  // Context under the type badge: a city's country (the API sends its ISO code).
  const country = entity.type === 'city' && typeof entity.attributes.country === 'string' ? f.region(entity.attributes.country) : null;
  const ids = Object.entries(entity.identifiers).filter((e): e is [string, string] => typeof e[1] === 'string');
  return (
    <Group justify="space-between" align="flex-start" gap="md">
      <Stack gap={6} style={{ minWidth: 0 }}>
        <Group gap="xs">
          <Badge variant="light">{t(`entityTypes.${entity.type}`)}</Badge>
          {country && (
            <Text size="sm" c="dimmed">
              {country}
            </Text>
          )}
        </Group>
        {/* Blocks follow the page's direction; the names inside are isolated with dir="auto", so a
            Persian name on an English page starts at the same edge as everything else. */}
        <Title order={1} style={{ lineHeight: 1.4 }}>
          <span lang={main.lang} dir="auto">
            {main.text}
          </span>
        </Title>
        {otherText && otherText !== main.text && (
          <Text size="lg" c="dimmed">
            <span lang={otherLang} dir="auto">
              {otherText}
            </span>
          </Text>
        )}
        {ids.length > 0 && (
          <Group gap={6} aria-label={t('entity.identifiers')}>
            {ids.map(([scheme, value]) => {
              const url = IDENTIFIER_URL[scheme]?.(value);
              const text = `${scheme}: ${value}`;
              return url ? (
                <Badge
                  key={scheme}
                  component="a"
                  href={url}
                  target="_blank"
                  rel="noopener noreferrer"
                  variant="outline"
                  color="gray"
                  tt="none"
                  dir="ltr"
                  rightSection={<ExternalIcon size={10} />}
                  style={{ cursor: 'pointer' }}
                >
                  {text}
                </Badge>
              ) : (
                <Badge key={scheme} variant="outline" color="gray" tt="none" dir="ltr">
                  {text}
                </Badge>
              );
            })}
          </Group>
        )}
      </Stack>
      <Group gap="xs">
        <Button component={Link} to={`/explore?id=${encodeURIComponent(entity.id)}`} variant="default">
          {t('entity.explore')}
        </Button>
        {editable && (
          <Button leftSection={<PlusIcon size={16} />} onClick={onAdd}>
            {t('entity.addStatement')}
          </Button>
        )}
      </Group>
    </Group>
  );
}

function EntitySkeleton() {
  return (
    <Stack gap="md" aria-hidden="true">
      <Skeleton height={20} width={90} />
      <Skeleton height={40} width="50%" />
      <Skeleton height={200} />
    </Stack>
  );
}

/**
 * The page of one entity (city, person, organization and, later, event or agreement): names in both
 * languages, identifiers, type-specific facts, and its statements grouped into posts, office holders,
 * memberships, members, events and agreements — each with its period at its precision and its
 * sources. Editors get "Add a fact"; viewers see no edit controls (the API refuses them anyway).
 * A merged id is answered with the survivor: the URL is replaced with the survivor's.
 */
export function EntityPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const api = useApi();
  const { id = '' } = useParams();
  const session = useSession();
  const editable = canEdit(session.data?.user);
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(false);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'timeline' || params.get('tab') === 'history' ? (params.get('tab') as 'timeline' | 'history') : 'overview';
  const entity = useQuery({ queryKey: ['entity', id], queryFn: ({ signal }) => api.entities.get(id, signal) });
  const title = entity.data ? f.label(entity.data.labels, entity.data.id).text : id;
  useDocumentTitle(`${title} · ${t('app.name')}`);

  if (entity.isPending) return <EntitySkeleton />;
  if (entity.isError) {
    if (isAppError(entity.error) && entity.error.code === 'not_found') {
      return (
        <Stack gap="sm" maw={640}>
          <Title order={1} size="h2">
            {t('entity.notFoundTitle')}
          </Title>
          <Text dir="auto">{t('entity.notFoundText', { id })}</Text>
        </Stack>
      );
    }
    return <ErrorState error={entity.error} onRetry={() => void entity.refetch()} />;
  }
  const data = entity.data;
  if (data.id !== id && !data.redirected_from) return <Navigate to={entityPath(data.id)} replace />;
  const sections = classifyStatements(data.id, data.statements);
  const isOrg = data.type === 'organization';
  // A network's events (sessions, congresses) get their own ordered table with hosts.
  const orgEvents = isOrg ? sections.events.filter((s) => s.kind === 'organizer' && s.subject.type === 'event').map((s) => s.subject) : [];
  if (isOrg) sections.events = sections.events.filter((s) => !(s.kind === 'organizer' && s.subject.type === 'event'));
  const nonEmpty = SECTIONS.filter((s) => sections[s].length > 0);
  const actions = editable ? (s: Statement) => <StatementActions statement={s} /> : undefined;

  return (
    <Stack gap="xl">
      {data.redirected_from && (
        <Alert variant="light" color="blue">
          {t('entity.redirected', { old: data.redirected_from })}
        </Alert>
      )}
      {saved && (
        <Alert variant="light" color="green" withCloseButton onClose={() => setSaved(false)} role="status">
          {t('form.saved')}
        </Alert>
      )}
      <EntityHeader entity={data} editable={editable} onAdd={() => setAdding(true)} />
      <Tabs value={tab} onChange={(v) => setParams(v && v !== 'overview' ? { tab: v } : {}, { replace: true })}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t('entity.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="timeline">{t('entity.tabs.timeline')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('entity.tabs.history')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {tab === 'timeline' && (
        <Card withBorder padding="lg">
          <EntityTimeline entityId={data.id} />
        </Card>
      )}
      {tab === 'history' && <HistoryPanel entityId={data.id} />}
      {tab === 'overview' && (
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {data.type === 'person' && (
              <Card withBorder padding="md" component="section" aria-labelledby="posts-timeline-heading">
                <Title order={2} size="h4" id="posts-timeline-heading" mb="sm">
                  {t('entity.postsOverTime')}
                </Title>
                <EntityTimeline entityId={data.id} kinds={['membership']} limit={60} />
              </Card>
            )}
            {isOrg && <OfficersAsOf entityId={data.id} view="officers" />}
            {data.type === 'city' && sections.holders.some((s) => s.role === 'mayor' || s.post) && <OfficersAsOf entityId={data.id} view="mayor" />}
            {isOrg && <OrgEvents organizationId={data.id} events={orgEvents} />}
            {isOrg && sections.members.length > 0 && <MembersMap members={sections.members.map((s) => s.subject)} />}
            {nonEmpty.length === 0 && (
              <Card withBorder padding="lg">
                <Text c="dimmed">{t('entity.noStatements')}</Text>
              </Card>
            )}
            {nonEmpty.map((section) => (
              <Card key={section} withBorder padding="md" component="section" aria-labelledby={`section-${section}`}>
                <Group gap="xs" mb="xs">
                  <Title order={2} size="h4" id={`section-${section}`}>
                    {t(SECTION_TITLE[section])}
                  </Title>
                  <Badge variant="light" color="gray" size="sm">
                    {f.number(sections[section].length)}
                  </Badge>
                </Group>
                {isOrg && section === 'members' ? (
                  <MembersTable rows={sections.members} orgName={data.labels.en ?? data.id} />
                ) : (
                  <StatementTable
                    entityId={data.id}
                    rows={sections[section]}
                    caption={t(SECTION_TITLE[section])}
                    showKind={section === 'other' || section === 'events' || section === 'agreements'}
                    actions={actions}
                  />
                )}
              </Card>
            ))}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <EntityFacts entity={data} />
            {data.type === 'city' && <PeopleCard entityId={data.id} statements={[...sections.holders, ...sections.posts]} />}
            <LatestArticles entityId={data.id} />
            <NamesCard entity={data} />
            {data.sources.length > 0 && (
              <Card withBorder padding="md" component="section" aria-labelledby="record-sources-heading">
                <Title order={2} size="h5" id="record-sources-heading" mb="xs">
                  {t('entity.recordSources')}
                </Title>
                <SourceLinks references={data.sources} />
              </Card>
            )}
            <Text size="xs" c="dimmed">
              {t('entity.version', { version: data.version })} •{' '}
              <Anchor href={`/api/entities/${encodeURIComponent(data.id)}`} size="xs" c="dimmed" dir="ltr">
                JSON
              </Anchor>
            </Text>
          </Stack>
        </Grid.Col>
      </Grid>
      )}
      {editable && (
        <Modal opened={adding} onClose={() => setAdding(false)} size="xl" withCloseButton={false} padding="lg">
          <AddStatementForm
            entity={data}
            onDone={(ok) => {
              setAdding(false);
              if (ok) setSaved(true);
            }}
          />
        </Modal>
      )}
    </Stack>
  );
}

/** The people of a city: its mayors and everyone holding a post on its behalf, once each. */
function PeopleCard({ entityId, statements }: { entityId: string; statements: readonly Statement[] }) {
  const { t } = useTranslation();
  const people = new Map<string, EntitySummary>();
  for (const s of statements) if (s.subject.type === 'person' && s.subject.id !== entityId) people.set(s.subject.id, s.subject);
  if (people.size === 0) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="people-heading">
      <Title order={2} size="h5" id="people-heading" mb="xs">
        {t('entity.people')}
      </Title>
      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {[...people.values()].map((p) => (
          <li key={p.id}>
            <EntityLink entity={p} />
          </li>
        ))}
      </Stack>
    </Card>
  );
}

/** A world map of a network's member cities. */
function MembersMap({ members }: { members: readonly EntitySummary[] }) {
  const { t } = useTranslation();
  const { points } = useCityPoints(members);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="members-map-heading">
      <Title order={2} size="h4" id="members-map-heading" mb="xs">
        {t('org.membersMap')}
      </Title>
      <WorldMap points={points} title={t('org.membersMap')} />
    </Card>
  );
}
