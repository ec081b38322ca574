import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, Stack, Text, Tooltip } from '@mantine/core';
import { forwardRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Claim, ClaimArgument } from '../../api/review-types.ts';
import { DateText } from '../../components/date-text.tsx';
import { EntityLink } from '../../components/entity-link.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { useFormat } from '../../format/use-format.ts';
import { isoDate, useVocab } from '../../format/use-vocab.ts';
import { ARGUMENT_COLORS, ClaimSentence } from './claim-sentence.tsx';

/** Scalar fields of a fact shown under the sentence, in this order. */
const DETAIL_FIELDS = ['role', 'how', 'event_type', 'agreement_type', 'status', 'ordinal', 'category', 'name', 'subject', 'date', 'start', 'end', 'since', 'virtual'] as const;
const DATE_FIELDS = new Set(['date', 'start', 'end', 'since']);

/** A claim argument as a chip: its slot, then the linked entity, or the name as a new-entity candidate. */
export function ArgumentChip({ arg, color, onLink }: { arg: ClaimArgument; color: string; onLink?(entityId: string): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const vocab = useVocab();
  const name = arg.name_fa ?? arg.name_en ?? '';
  return (
    <Group gap={6} wrap="wrap" className="arg-chip" style={{ borderInlineStart: `3px solid var(--mantine-color-${color}-6)` }}>
      <Text size="xs" c="dimmed" fw={600}>
        {vocab('review.slots', arg.slot)}
      </Text>
      {arg.entity && (arg.link === 'linked' || arg.link === 'reconciled') ? (
        <EntityLink entity={arg.entity} fw={500} />
      ) : (
        <>
          <Text size="sm" fw={500} dir="auto" lang={f.label({ fa: name }).lang}>
            {name}
          </Text>
          <Badge size="xs" variant="light" color={arg.link === 'candidate' ? 'violet' : 'yellow'}>
            {t(`review.links.${arg.link}`)}
          </Badge>
          {[...(arg.entity ? [arg.entity] : []), ...arg.suggestions.filter((s) => s.id !== arg.entity?.id)].map((s) => (
            <Button key={s.id} size="compact-xs" variant="default" onClick={() => onLink?.(s.id)} disabled={!onLink}>
              <span dir="auto">{t('review.linkTo', { name: f.label(s.labels, s.id).text })}</span>
            </Button>
          ))}
        </>
      )}
    </Group>
  );
}

/** Props of a claim card. */
export interface ClaimCardProps {
  claim: Claim;
  active: boolean;
  selected: boolean;
  canDecide: boolean;
  error?: unknown;
  onSelect(selected: boolean): void;
  onActivate(): void;
  onAccept(supersede?: string[]): void;
  onReject(): void;
  onEdit(): void;
  onLinkArgument(arg: ClaimArgument, entityId: string): void;
}

/**
 * One claim of the review queue: kind, confidence and sources; the first report's sentence with the
 * arguments marked in place; argument chips (linked entities or new-entity candidates with
 * suggestions); the fact's details; contradictions; the other reports; and the decisions.
 */
export const ClaimCard = forwardRef<HTMLElement, ClaimCardProps>(function ClaimCard(p, ref) {
  const { t } = useTranslation();
  const f = useFormat();
  const vocab = useVocab();
  const { claim } = p;
  const [first, ...others] = claim.evidence;
  const headingId = `claim-${claim.id}-title`;
  const details = DETAIL_FIELDS.flatMap((field) => {
    const value = claim.fact[field];
    if (value === undefined || value === null || value === '') return [];
    let shown: ReactNode = String(value);
    if (DATE_FIELDS.has(field) && typeof value === 'string') shown = <DateText date={isoDate(value)} />;
    else if (field === 'role') shown = vocab('roleNames', String(value));
    else if (field === 'how') shown = vocab('statement.how', String(value));
    else if (field === 'event_type') shown = vocab('eventTypes', String(value));
    else if (field === 'agreement_type') shown = vocab('agreementTypes', String(value));
    else if (field === 'status') shown = vocab('agreementStatus', String(value));
    else if (typeof value === 'number') shown = f.number(value);
    else if (typeof value === 'boolean') shown = value ? '✓' : '✗';
    else shown = <span dir="auto">{String(value)}</span>;
    return [{ field, shown }];
  });
  const supersede = [...new Set(claim.flags.flatMap((fl) => fl.statement_ids))];

  return (
    <Card
      ref={ref}
      component="article"
      withBorder
      padding="md"
      tabIndex={-1}
      aria-labelledby={headingId}
      aria-current={p.active ? 'true' : undefined}
      className={p.active ? 'claim-card claim-card-active' : 'claim-card'}
      data-claim={claim.id}
      onClick={p.onActivate}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs" wrap="wrap">
            {p.canDecide && (
              <Checkbox
                aria-label={t('review.select')}
                checked={p.selected}
                onChange={(e) => p.onSelect(e.currentTarget.checked)}
                onClick={(e) => e.stopPropagation()}
              />
            )}
            <Badge variant="filled" id={headingId}>
              {vocab('review.kinds', claim.kind)}
            </Badge>
            <Tooltip label={t('review.confidenceHint')}>
              <Badge variant="light" color={claim.confidence >= 0.8 ? 'green' : claim.confidence >= 0.6 ? 'yellow' : 'red'}>
                {t('review.confidence', { value: f.number(claim.confidence, { style: 'percent' }) })}
              </Badge>
            </Tooltip>
            <Text size="xs" c="dimmed">
              {t('review.reports', { count: claim.evidence_count })}
            </Text>
            <Text size="xs" c="dimmed">
              {t('review.sources', { count: claim.source_count })}
            </Text>
            {claim.status !== 'proposed' && (
              <Badge variant="outline" color={claim.status === 'accepted' ? 'green' : 'gray'}>
                {t(`statement.status.${claim.status === 'merged' ? 'rejected' : claim.status}`)}
              </Badge>
            )}
          </Group>
          {claim.flags.length > 0 && (
            <Badge color="red" variant="light">
              {t('review.contradictions', { count: claim.flags.length })}
            </Badge>
          )}
        </Group>

        {first && <ClaimSentence sentence={first.sentence} args={claim.arguments} />}
        {first && (
          <Group gap={6} wrap="wrap">
            <Text size="xs" c="dimmed" dir="ltr">
              {first.site ?? ''}
            </Text>
            {first.published && (
              <Text size="xs" c="dimmed">
                <DateText date={isoDate(first.published)} />
              </Text>
            )}
            <Anchor component={Link} to={`/articles/${encodeURIComponent(first.article_id)}`} size="xs" onClick={(e) => e.stopPropagation()}>
              {t('review.openArticle')}
            </Anchor>
          </Group>
        )}

        <Stack gap={6}>
          {claim.arguments.map((a, i) => (
            <ArgumentChip
              key={`${a.slot}-${a.position}`}
              arg={a}
              color={ARGUMENT_COLORS[i % ARGUMENT_COLORS.length] as string}
              onLink={p.canDecide ? (id) => p.onLinkArgument(a, id) : undefined}
            />
          ))}
        </Stack>

        {details.length > 0 && (
          <Group gap="md" wrap="wrap">
            {details.map((d) => (
              <Text size="sm" key={d.field}>
                <Text span c="dimmed" size="sm">
                  {t(`review.fields.${d.field}`)}:
                </Text>{' '}
                {d.shown}
              </Text>
            ))}
          </Group>
        )}

        {claim.flags.length > 0 && (
          <Alert color="red" variant="light" title={t('review.contradictionsTitle')} p="sm">
            <Stack gap={4}>
              {claim.flags.map((fl, i) => (
                <Text size="sm" key={i}>
                  {t(`review.flags.${fl.code}`)} <Text span size="xs" c="dimmed" dir="auto">({fl.message})</Text>
                </Text>
              ))}
            </Stack>
          </Alert>
        )}

        {others.length > 0 && (
          <details onClick={(e) => e.stopPropagation()}>
            <summary>
              <Text span size="sm" fw={500}>
                {t('review.otherEvidence', { count: others.length })}
              </Text>
            </summary>
            <Stack gap={6} mt={6}>
              {others.map((e) => (
                <div key={e.id}>
                  <Text size="sm" dir="auto" lang="fa">
                    {e.sentence}
                  </Text>
                  <Group gap={6}>
                    <Text size="xs" c="dimmed" dir="ltr">
                      {e.site ?? ''}
                    </Text>
                    <Anchor component={Link} to={`/articles/${encodeURIComponent(e.article_id)}`} size="xs">
                      {t('review.openArticle')}
                    </Anchor>
                  </Group>
                </div>
              ))}
            </Stack>
          </details>
        )}

        {p.error !== undefined && <ErrorState error={p.error} />}

        {p.canDecide && claim.status === 'proposed' && (
          <Group gap="xs" onClick={(e) => e.stopPropagation()}>
            <Button size="xs" color="green" onClick={() => p.onAccept()} aria-keyshortcuts="a">
              {t('review.accept')} <kbd className="kbd">a</kbd>
            </Button>
            {supersede.length > 0 && (
              <Button size="xs" variant="light" color="green" onClick={() => p.onAccept(supersede)}>
                {t('review.acceptSupersede')}
              </Button>
            )}
            <Button size="xs" color="red" variant="light" onClick={p.onReject} aria-keyshortcuts="r">
              {t('review.reject')} <kbd className="kbd">r</kbd>
            </Button>
            <Button size="xs" variant="default" onClick={p.onEdit} aria-keyshortcuts="e">
              {t('review.edit')} <kbd className="kbd">e</kbd>
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
});
