import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Statement } from '../../api/types.ts';
import { useApi } from '../../app/api-context.tsx';
import { DateInputField } from '../../components/date-input-field.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import en from '../../i18n/en.json';
import { useCalendar } from '../../prefs/calendar.tsx';
import { buildStatementEdit, initialEditValues, type EditStatementErrors, type EditStatementValues } from './edit-statement-form.ts';

const ROLES = Object.keys(en.roleNames) as (keyof typeof en.roleNames)[];

/**
 * Edits ONE statement (dates, role, ordinal) in a dialog: the form starts from the statement as it
 * is, dates in the calendar they were stated in; a reason and the source of the correction are
 * required; only what changed is sent, with If-Match = the version read (a conflicting edit by
 * someone else is reported, not overwritten). A new term is a new fact, not an edit.
 */
export function EditStatementDialog({ statement, opened, onClose }: { statement: Statement; opened: boolean; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const { calendar } = useCalendar();
  const [values, setValues] = useState<EditStatementValues>(() => initialEditValues(statement, calendar, i18n.language === 'fa'));
  const [errors, setErrors] = useState<EditStatementErrors>({});
  const set = <K extends keyof EditStatementValues>(key: K, value: EditStatementValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const save = useMutation({
    mutationFn: (edit: Parameters<typeof api.statements.update>[1]) => api.statements.update(statement, edit),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['entity'] });
      await queryClient.invalidateQueries({ queryKey: ['history'] });
      await queryClient.invalidateQueries({ queryKey: ['timeline'] });
      onClose();
    },
  });
  const err = (key: keyof EditStatementErrors) => (errors[key] ? t(errors[key]) : undefined);
  const withRole = statement.kind === 'membership' || statement.role !== null;

  return (
    <Modal opened={opened} onClose={onClose} title={t('edit.editTitle')} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const built = buildStatementEdit(statement, values);
          if (!built.ok) {
            setErrors(built.errors);
            return;
          }
          setErrors({});
          save.mutate(built.edit);
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('edit.editHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <DateInputField label={t('form.start')} value={values.start} onChange={(v) => set('start', v)} error={err('start')} />
            <DateInputField label={t('form.end')} value={values.end} onChange={(v) => set('end', v)} error={err('end')} />
            {withRole && (
              <Select
                label={t('form.role')}
                value={values.role}
                clearable={statement.kind !== 'membership'}
                searchable
                allowDeselect={false}
                onChange={(v) => set('role', v)}
                data={ROLES.map((r) => ({ value: r, label: t(`roleNames.${r}`) }))}
                comboboxProps={{ withinPortal: false }}
              />
            )}
            <TextInput label={t('edit.ordinal')} inputMode="numeric" value={values.ordinal} onChange={(e) => set('ordinal', e.currentTarget.value)} error={err('ordinal')} />
          </SimpleGrid>
          <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
            <Title order={3} size="h6" component="legend" mb="xs">
              {t('form.sourceSection')}
            </Title>
            <Stack gap="sm">
              <TextInput label={t('form.sourceUrl')} type="url" dir="ltr" required value={values.sourceUrl} onChange={(e) => set('sourceUrl', e.currentTarget.value)} error={err('sourceUrl')} />
              <TextInput label={t('form.sourceTitle')} dir="auto" value={values.sourceTitle} onChange={(e) => set('sourceTitle', e.currentTarget.value)} />
              <Textarea label={t('form.sourceQuote')} dir="auto" autosize minRows={1} value={values.sourceQuote} onChange={(e) => set('sourceQuote', e.currentTarget.value)} />
            </Stack>
          </fieldset>
          <TextInput label={t('form.reason')} required dir="auto" value={values.reason} onChange={(e) => set('reason', e.currentTarget.value)} error={err('reason')} />
          {errors.form && (
            <Alert color="orange" variant="light" role="alert">
              {t(errors.form)}
            </Alert>
          )}
          {save.isError && <ErrorState error={save.error} />}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('edit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
