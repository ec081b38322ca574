import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { SearchIcon } from '../../components/icons.tsx';

/**
 * The search box in the header: Enter opens the search page with the query, where results update
 * as-you-type. A `search` landmark so screen-reader users can jump to it.
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  return (
    <form
      role="search"
      style={{ minWidth: 180 }}
      onSubmit={(event) => {
        event.preventDefault();
        const q = value.trim();
        void navigate(q ? `/search?q=${encodeURIComponent(q)}` : '/search');
      }}
    >
      <TextInput
        type="search"
        aria-label={t('header.searchLabel')}
        placeholder={t('header.searchPlaceholder')}
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        leftSection={<SearchIcon size={16} />}
        radius="xl"
        size="sm"
      />
    </form>
  );
}
