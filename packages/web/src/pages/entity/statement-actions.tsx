import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Statement } from '../../api/types.ts';
import { useApi } from '../../app/api-context.tsx';
import { DateInputField, type DateFieldValue } from '../../components/date-input-field.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { parseDateInput } from '../../format/partial-date.ts';
import { useCalendar } from '../../prefs/calendar.tsx';
import { EditStatementDialog } from './edit-statement-dialog.tsx';

/**
 * The edit menu of one statement (editors only): edit its dates, role or ordinal (with a reason and a
 * source), end it on a date (a term that is over) or deprecate it (wrong or superseded; kept with its
 * sources, struck through). Every action needs a reason, which the history shows.
 */
export function StatementActions({ statement }: { statement: Statement }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const { calendar } = useCalendar();
  const [mode, setMode] = useState<'end' | 'deprecate' | null>(null);
  const [editing, setEditing] = useState(false);
  const [date, setDate] = useState<DateFieldValue>({ text: '', calendar });
  const [reason, setReason] = useState('');
  const [dateError, setDateError] = useState<string | undefined>();
  const done = async () => {
    setMode(null);
    setReason('');
    setDate({ text: '', calendar });
    await queryClient.invalidateQueries({ queryKey: ['entity'] });
    await queryClient.invalidateQueries({ queryKey: ['history'] });
  };
  const end = useMutation({ mutationFn: (input: { end: string; reason: string }) => api.statements.end(statement.id, input), onSuccess: done });
  const deprecate = useMutation({ mutationFn: (r: string) => api.statements.deprecate(statement.id, r), onSuccess: done });
  const error = end.error ?? deprecate.error;
  if (statement.rank === 'deprecated') return null;
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={t('edit.menu')}>
            <span aria-hidden="true">⋯</span>
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setEditing(true)}>{t('edit.edit')}</Menu.Item>
          {!statement.end && <Menu.Item onClick={() => setMode('end')}>{t('edit.end')}</Menu.Item>}
          <Menu.Item color="red" onClick={() => setMode('deprecate')}>
            {t('edit.deprecate')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {editing && <EditStatementDialog statement={statement} opened onClose={() => setEditing(false)} />}
      <Modal opened={mode !== null} onClose={() => setMode(null)} title={mode === 'end' ? t('edit.endTitle') : t('edit.deprecateTitle')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) return;
            if (mode === 'deprecate') {
              deprecate.mutate(reason.trim());
              return;
            }
            const parsed = parseDateInput(date.text, date.calendar);
            if (!parsed.ok) {
              setDateError(t('form.dateInvalid'));
              return;
            }
            setDateError(undefined);
            end.mutate({ end: parsed.apiValue, reason: reason.trim() });
          }}
        >
          <Stack gap="sm">
            {mode === 'deprecate' && (
              <Text size="sm" c="dimmed">
                {t('edit.deprecateHint')}
              </Text>
            )}
            {mode === 'end' && <DateInputField label={t('form.end')} value={date} onChange={setDate} error={dateError} />}
            <TextInput label={t('form.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} dir="auto" data-autofocus />
            {error && <ErrorState error={error} />}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setMode(null)}>
                {t('form.cancel')}
              </Button>
              <Button type="submit" color={mode === 'deprecate' ? 'red' : undefined} disabled={!reason.trim()} loading={end.isPending || deprecate.isPending}>
                {mode === 'end' ? t('edit.end') : t('edit.deprecate')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
