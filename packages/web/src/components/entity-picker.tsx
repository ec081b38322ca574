import { Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../app/api-context.tsx';
import type { EntitySummary, EntityType } from '../api/types.ts';
import { useFormat } from '../format/use-format.ts';

/** Props of the entity picker. */
export interface EntityPickerProps {
  label: string;
  value: EntitySummary | null;
  onChange(value: EntitySummary | null): void;
  /** Limit the search to one type. */
  type?: EntityType;
  /** Entities that may not be picked (the page's own entity). */
  exclude?: string[];
  error?: string;
  required?: boolean;
}

/**
 * Picks an entity by searching the registry as you type (the same search as the search page, so
 * spelling variants work). The field shows the picked entity's label; typing again starts a new search.
 */
export function EntityPicker({ label, value, onChange, type, exclude = [], error, required }: EntityPickerProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const api = useApi();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState(value ? f.label(value.labels, value.id).text : '');
  // A value set from outside after mount (Explore learns its centre's name from the graph) shows in the
  // field; typing clears the value first, so it never overwrites what is being typed.
  const [shown, setShown] = useState(value?.id);
  if (value?.id !== shown) {
    setShown(value?.id);
    if (value) setSearch(f.label(value.labels, value.id).text);
  }
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const picked = value ? f.label(value.labels, value.id).text : '';
  const query = useQuery({
    queryKey: ['entity-picker', debounced, type ?? null],
    queryFn: ({ signal }) => api.entities.search({ q: debounced, type, limit: 10 }, signal),
    enabled: debounced.length > 0 && debounced !== picked,
  });
  const options = (query.data?.items ?? []).filter((hit) => !exclude.includes(hit.id));

  return (
    <Combobox
      store={combobox}
      // Inside the modal, not in a portal: the focus trap and the dialog's accessible tree include it.
      withinPortal={false}
      onOptionSubmit={(id) => {
        const hit = options.find((o) => o.id === id);
        if (hit) {
          onChange(hit);
          setSearch(f.label(hit.labels, hit.id).text);
        }
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <TextInput
          label={label}
          required={required}
          error={error}
          placeholder={t('form.objectPlaceholder')}
          value={search}
          dir="auto"
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            if (value) onChange(null);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          rightSection={query.isFetching ? <Loader size={14} /> : null}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={debounced.length === 0 || debounced === picked}>
        <Combobox.Options>
          {options.map((hit) => {
            const l = f.label(hit.labels, hit.id);
            return (
              <Combobox.Option value={hit.id} key={hit.id}>
                <Group gap={6} justify="space-between" wrap="nowrap">
                  <Text size="sm" lang={l.lang} dir="auto">
                    {l.text}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`entityTypes.${hit.type}`)}
                  </Text>
                </Group>
              </Combobox.Option>
            );
          })}
          {query.isSuccess && options.length === 0 && <Combobox.Empty>{t('form.objectNone')}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
