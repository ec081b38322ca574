import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.tsx';
import type { EntityDetail } from '../../api/types.ts';
import { DateInputField } from '../../components/date-input-field.tsx';
import { EntityPicker } from '../../components/entity-picker.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { useFormat } from '../../format/use-format.ts';
import { useCalendar } from '../../prefs/calendar.tsx';
import en from '../../i18n/en.json';
import { buildStatementInput, emptyStatementForm, FORM_KINDS, type StatementFormErrors } from './statement-form.ts';

const ROLES = Object.keys(en.roleNames) as (keyof typeof en.roleNames)[];

/**
 * The form to add a statement about an entity with its source. The subject is fixed to the page's
 * entity; the object is picked by searching; dates are typed in either calendar; URL, title and
 * quote of the source are required. On success the entity is refetched so the new row appears.
 */
export function AddStatementForm({ entity, onDone }: { entity: EntityDetail; onDone(saved: boolean): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const api = useApi();
  const queryClient = useQueryClient();
  const { calendar } = useCalendar();
  const [values, setValues] = useState(() => emptyStatementForm(calendar));
  const [errors, setErrors] = useState<StatementFormErrors>({});
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((v) => ({ ...v, [key]: value }));
  const name = f.label(entity.labels, entity.id).text;

  const save = useMutation({
    mutationFn: api.statements.create,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['entity'] });
      onDone(true);
    },
  });

  const err = (key: keyof StatementFormErrors) => (errors[key] ? t(errors[key]) : undefined);

  return (
    <form
      noValidate
      aria-labelledby="add-statement-title"
      onSubmit={(event) => {
        event.preventDefault();
        const built = buildStatementInput(entity.id, values);
        if (!built.ok) {
          setErrors(built.errors);
          return;
        }
        setErrors({});
        save.mutate(built.input);
      }}
    >
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="add-statement-title">
            {t('form.title', { name })}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t('form.intro')}
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('form.kind')}
            value={values.kind}
            allowDeselect={false}
            onChange={(v) => {
              const kind = FORM_KINDS.find((k) => k === v);
              if (kind) set('kind', kind);
            }}
            data={FORM_KINDS.map((k) => ({ value: k, label: t(`statement.kinds.${k}`) }))}
            comboboxProps={{ withinPortal: false }}
          />
          <TextInput label={t('form.subject')} value={name} readOnly dir="auto" variant="filled" />
          <EntityPicker
            label={t('form.object')}
            value={values.object}
            onChange={(v) => set('object', v)}
            exclude={[entity.id]}
            error={err('object')}
            required
          />
          <Select
            label={t('form.role')}
            value={values.role}
            clearable
            searchable
            onChange={(v) => set('role', v)}
            data={ROLES.map((r) => ({ value: r, label: t(`roleNames.${r}`) }))}
            comboboxProps={{ withinPortal: false }}
          />
          <DateInputField label={t('form.start')} value={values.start} onChange={(v) => set('start', v)} error={err('start')} />
          <DateInputField label={t('form.end')} value={values.end} onChange={(v) => set('end', v)} error={err('end')} />
        </SimpleGrid>
        <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
          <Title order={3} size="h6" component="legend" mb="xs">
            {t('form.sourceSection')}
          </Title>
          <Stack gap="sm">
            <TextInput
              label={t('form.sourceUrl')}
              type="url"
              dir="ltr"
              required
              value={values.sourceUrl}
              onChange={(e) => set('sourceUrl', e.currentTarget.value)}
              error={err('sourceUrl')}
            />
            <TextInput
              label={t('form.sourceTitle')}
              required
              dir="auto"
              value={values.sourceTitle}
              onChange={(e) => set('sourceTitle', e.currentTarget.value)}
              error={err('sourceTitle')}
            />
            <Textarea
              label={t('form.sourceQuote')}
              required
              dir="auto"
              autosize
              minRows={2}
              value={values.sourceQuote}
              onChange={(e) => set('sourceQuote', e.currentTarget.value)}
              error={err('sourceQuote')}
            />
          </Stack>
        </fieldset>
        <Textarea
          label={t('form.reason')}
          dir="auto"
          autosize
          minRows={1}
          value={values.reason}
          onChange={(e) => set('reason', e.currentTarget.value)}
        />
        {save.isError && <ErrorState error={save.error} />}
        {Object.keys(errors).length > 0 && (
          <Alert color="red" variant="light" role="alert">
            {t('errors.validation_failed')}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => onDone(false)}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
