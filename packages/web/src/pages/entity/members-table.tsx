import { Badge, Button, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Statement } from '../../api/types.ts';
import { DateText } from '../../components/date-text.tsx';
import { EntityLink } from '../../components/entity-link.tsx';
import { SourceLinks } from '../../components/source-links.tsx';
import { formatPartialDate } from '../../format/partial-date.ts';
import { useFormat } from '../../format/use-format.ts';

type SortKey = 'ordinal' | 'name' | 'joined' | 'status';

/** A member's status: left (an end date), deprecated (struck), or active. */
export function memberStatus(s: Statement): 'active' | 'left' | 'deprecated' {
  if (s.rank === 'deprecated') return 'deprecated';
  return s.end ? 'left' : 'active';
}

/** Sorts member statements by a column; undated and unnumbered last whatever the direction. */
export function sortMembers(rows: readonly Statement[], key: SortKey, dir: 1 | -1, label: (s: Statement) => string): Statement[] {
  const value = (s: Statement): string | number | null => {
    if (key === 'ordinal') return s.ordinal;
    if (key === 'joined') return s.start?.value ?? null;
    if (key === 'status') return memberStatus(s);
    return label(s);
  };
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null && vb === null) return 0;
    if (va === null) return 1;
    if (vb === null) return -1;
    if (typeof va === 'number' && typeof vb === 'number') return (va - vb) * dir;
    return String(va).localeCompare(String(vb), 'fa') * dir;
  });
}

/** RFC 4180 CSV (CRLF, quotes doubled) with a BOM so spreadsheet programs read Persian as UTF-8. */
export function membersCsv(rows: readonly { ordinal: string; fa: string; en: string; joined: string; left: string; status: string; sources: string }[]): string {
  const cell = (v: string) => {
    // A leading = + - @ would run as a formula in a spreadsheet; a quote mark neutralises it.
    const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const header = ['ordinal', 'name_fa', 'name_en', 'joined', 'left', 'status', 'sources'];
  const lines = [header, ...rows.map((r) => [r.ordinal, r.fa, r.en, r.joined, r.left, r.status, r.sources])];
  return `\uFEFF${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}

/**
 * The members of a network: ordinal, member, join date, status and sources; every column sortable
 * (click a header; the sort order is announced with aria-sort), and a CSV export of the table as sorted.
 */
export function MembersTable({ rows, orgName }: { rows: readonly Statement[]; orgName: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'ordinal', dir: 1 });
  const label = (s: Statement) => f.label(s.subject.labels, s.subject.id).text;
  const sorted = useMemo(() => sortMembers(rows, sort.key, sort.dir, label), [rows, sort, f]); // eslint-disable-line react-hooks/exhaustive-deps
  const header = (key: SortKey, text: string) => (
    <Table.Th scope="col" aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => setSort((s) => ({ key, dir: s.key === key ? ((-s.dir) as 1 | -1) : 1 }))} fw={600} fz="sm">
        {text} <span aria-hidden="true">{sort.key === key ? (sort.dir === 1 ? '▲' : '▼') : '↕'}</span>
      </UnstyledButton>
    </Table.Th>
  );
  const exportCsv = () => {
    const csv = membersCsv(
      sorted.map((s) => ({
        ordinal: s.ordinal === null ? '' : String(s.ordinal),
        fa: s.subject.labels.fa ?? '',
        en: s.subject.labels.en ?? '',
        joined: s.start ? formatPartialDate(s.start, { lang: 'en', calendar: 'gregorian' }) : '',
        left: s.end ? formatPartialDate(s.end, { lang: 'en', calendar: 'gregorian' }) : '',
        status: memberStatus(s),
        sources: s.references.map((r) => r.url).join(' '),
      })),
    );
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${orgName.replace(/[^\p{L}\p{N}]+/gu, '-')}-members.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <>
      <Group justify="flex-end" mb="xs">
        <Button size="xs" variant="light" onClick={exportCsv}>
          {t('org.exportCsv')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing="xs" highlightOnHover data-testid="members-table">
          <caption className="visually-hidden">{t('entity.members')}</caption>
          <Table.Thead>
            <Table.Tr>
              {header('ordinal', t('entity.ordinal'))}
              {header('name', t('org.member'))}
              {header('joined', t('org.joined'))}
              {header('status', t('entity.status'))}
              <Table.Th scope="col">{t('entity.columns.sources')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((s) => {
              const status = memberStatus(s);
              return (
                <Table.Tr key={s.id} className={status === 'deprecated' ? 'deprecated' : undefined}>
                  <Table.Td>{s.ordinal === null ? '' : f.number(s.ordinal)}</Table.Td>
                  <Table.Td>
                    <EntityLink entity={s.subject} />
                  </Table.Td>
                  <Table.Td>{s.start ? <DateText date={s.start} /> : <Text size="sm" c="dimmed">{t('date.unknown')}</Text>}</Table.Td>
                  <Table.Td>
                    <Badge size="xs" variant="light" color={status === 'active' ? 'green' : 'gray'}>
                      {t(`org.status.${status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <SourceLinks references={s.references} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
