import { Badge, Group, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntitySummary, Statement } from '../../api/types.ts';
import { DateRange, DateText } from '../../components/date-text.tsx';
import { EntityLink } from '../../components/entity-link.tsx';
import { SourceLinks } from '../../components/source-links.tsx';
import { useFormat } from '../../format/use-format.ts';

/** From this many rows a table renders only the rows in view. */
export const VIRTUALIZE_FROM = 60;

/** Kinds that happen at a point in time (an event, a signature) rather than over a term. */
const POINT_KINDS = new Set(['participation', 'host', 'organizer', 'party', 'signatory', 'proposer', 'founded_in', 'founded_by']);

/** Whether a column is worth showing: only when some row has something other than the page's entity. */
function shows(rows: readonly Statement[], pick: (s: Statement) => EntitySummary | null, entityId: string): boolean {
  return rows.some((s) => {
    const e = pick(s);
    return e !== null && e.id !== entityId;
  });
}

/** A role from the vocabulary in the reader's language; unknown roles are shown as sent. */
function useRoleLabel(): (role: string | null) => string {
  const { t, i18n } = useTranslation();
  return (role) => {
    if (!role) return '';
    const key = `roleNames.${role}`;
    return i18n.exists(key) ? t(key as 'roleNames.member') : role;
  };
}

/**
 * Statements of one section as a table: who, what (the post or the organization), role, on whose
 * behalf, the period at its precision, how the term began, and the sources as links. Columns that
 * would only repeat the page's own entity are left out. Deprecated statements are struck through,
 * proposed ones flagged, so history stays visible without passing for current fact.
 */
export function StatementTable({
  entityId,
  rows,
  caption,
  showKind = false,
  actions,
}: {
  entityId: string;
  rows: Statement[];
  caption: string;
  /** Show the relation (statement kind) column, for sections mixing kinds. */
  showKind?: boolean;
  /** Edit controls for a row (editors only). */
  actions?: (s: Statement) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const roleLabel = useRoleLabel();
  const showWho = shows(rows, (s) => s.subject, entityId);
  const showWhat = rows.some((s) => (s.post ?? s.object) !== null && (s.post ?? s.object)?.id !== entityId);
  // A post ("Mayor of Tehran") already says the role; the role column is for rows without one.
  const roleShown = (s: Statement) => !s.post && !!s.role && s.role !== 'member';
  const showRole = rows.some(roleShown);
  const showBehalf = shows(rows, (s) => s.on_behalf_of, entityId);
  const showHow = rows.some((s) => s.how || s.ordinal !== null);
  const kindLabel = (kind: string) => {
    const key = `statement.kinds.${kind}`;
    return i18n.exists(key) ? t(key as 'statement.kinds.other') : kind;
  };
  const howLabel = (how: string | null) => {
    if (!how) return '';
    const key = `statement.how.${how}`;
    return i18n.exists(key) ? t(key as 'statement.how.elected') : how;
  };

  // Long sections (a network with hundreds of members) render only the rows in view.
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = rows.length > VIRTUALIZE_FROM;
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => 58,
    overscan: 8,
  });
  const items = virtual ? virtualizer.getVirtualItems() : [];
  const visible = virtual ? items.map((i) => rows[i.index] as Statement) : rows;
  const padTop = virtual ? (items[0]?.start ?? 0) : 0;
  const padBottom = virtual ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const columns = 3 + [showWho, showKind, showWhat, showRole, showBehalf, showHow, !!actions].filter(Boolean).length;

  return (
    <div ref={scroller} style={virtual ? { maxHeight: 640, overflowY: 'auto' } : undefined} data-virtual={virtual || undefined}>
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm" highlightOnHover stickyHeader={virtual}>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            {showWho && <Table.Th scope="col">{t('entity.columns.who')}</Table.Th>}
            {showKind && <Table.Th scope="col">{t('entity.columns.relation')}</Table.Th>}
            {showWhat && <Table.Th scope="col">{t('entity.columns.what')}</Table.Th>}
            {showRole && <Table.Th scope="col">{t('entity.columns.role')}</Table.Th>}
            {showBehalf && <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>{t('entity.columns.onBehalfOf')}</Table.Th>}
            <Table.Th scope="col">{t('entity.columns.period')}</Table.Th>
            {showHow && <Table.Th scope="col">{t('entity.columns.how')}</Table.Th>}
            <Table.Th scope="col">{t('entity.columns.sources')}</Table.Th>
            {actions && (
              <Table.Th scope="col" className="actions-cell">
                <span className="visually-hidden">{t('entity.columns.actions')}</span>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {padTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columns} style={{ height: padTop, padding: 0 }} />
            </tr>
          )}
          {visible.map((s) => {
            const what = s.post ?? s.object;
            // Terms (memberships, seats) run from start to end; events and signatures happen at a date.
            const isTerm = !POINT_KINDS.has(s.kind);
            const current = isTerm && s.start && !s.end && s.rank !== 'deprecated';
            return (
              <Table.Tr key={s.id} className={s.rank === 'deprecated' ? 'deprecated' : undefined} data-statement={s.id}>
                {showWho && (
                  <Table.Td miw={130}>
                    {s.subject.id === entityId ? '' : <EntityLink entity={s.subject} fw={500} />}
                  </Table.Td>
                )}
                {showKind && <Table.Td>{kindLabel(s.kind)}</Table.Td>}
                {showWhat && <Table.Td miw={150}>{what && what.id !== entityId ? <EntityLink entity={what} /> : ''}</Table.Td>}
                {showRole && <Table.Td>{roleShown(s) ? roleLabel(s.role) : ''}</Table.Td>}
                {showBehalf && (
                  <Table.Td>{s.on_behalf_of && s.on_behalf_of.id !== entityId ? <EntityLink entity={s.on_behalf_of} /> : ''}</Table.Td>
                )}
                <Table.Td>
                  <Group gap={6} wrap="wrap">
                    <Text size="sm" component="span">
                      {!isTerm && s.start && !s.end ? <DateText date={s.start} /> : <DateRange start={s.start} end={s.end} />}
                    </Text>
                    {current && (
                      <Badge size="xs" variant="light" color="green" style={{ flexShrink: 0 }}>
                        {t('statement.current')}
                      </Badge>
                    )}
                    {s.status === 'proposed' && (
                      <Badge size="xs" variant="outline" color="orange">
                        {t('statement.status.proposed')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                {showHow && (
                  <Table.Td>
                    <Text size="sm" component="span">
                      {[howLabel(s.how), s.ordinal !== null ? `${t('entity.ordinal')} ${f.number(s.ordinal)}` : ''].filter(Boolean).join(' • ')}
                    </Text>
                  </Table.Td>
                )}
                <Table.Td>
                  <SourceLinks references={s.references} />
                </Table.Td>
                {actions && <Table.Td className="actions-cell">{actions(s)}</Table.Td>}
              </Table.Tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columns} style={{ height: padBottom, padding: 0 }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
    </div>
  );
}
