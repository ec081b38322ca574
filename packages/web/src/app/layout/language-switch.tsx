import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../../i18n/i18n.ts';
import { isLanguageCode, LANGUAGES } from '../../i18n/languages.ts';

/**
 * Switches the UI language (from the language table). Each option is written in its own language and
 * marked with `lang`, so a reader who cannot read the current UI still finds theirs.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('header.language')}
      value={i18n.language}
      onChange={(value) => {
        if (isLanguageCode(value)) void setLanguage(i18n, value);
      }}
      data={LANGUAGES.map((l) => ({ value: l.code, label: <span lang={l.code}>{l.name}</span> }))}
    />
  );
}
