import { Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPartialDate, parseDateInput, type Calendar } from '../format/partial-date.ts';
import { useFormat } from '../format/use-format.ts';

/** An example written in the page's digits (Persian digits on a Persian page; both are accepted). */
function localDigits(text: string, lang: string): string {
  return lang === 'fa' ? text.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] ?? d) : text;
}

/** A date being typed: the raw text and the calendar it is typed in. */
export interface DateFieldValue {
  text: string;
  calendar: Calendar;
}

/**
 * A partial-date input: year, year-month or a full date, typed in Jalali or Gregorian (Persian digits
 * accepted). Under the field it shows how the date reads in the other calendar, so a slip between
 * calendars is caught before saving. Validation lives in `parseDateInput`.
 */
export function DateInputField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: DateFieldValue;
  onChange(value: DateFieldValue): void;
  error?: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const parsed = value.text.trim() ? parseDateInput(value.text, value.calendar) : null;
  const other: Calendar = value.calendar === 'jalali' ? 'gregorian' : 'jalali';
  const preview = parsed?.ok ? formatPartialDate(parsed.date, { lang: f.lang, calendar: other }) : null;
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={label}
          description={t('form.dateHint')}
          placeholder={localDigits(value.calendar === 'jalali' ? '1402-09-10' : '2023-12-01', f.lang)}
          value={value.text}
          onChange={(event) => onChange({ ...value, text: event.currentTarget.value })}
          error={error}
          dir="ltr"
          style={{ flex: 1 }}
          inputMode="numeric"
        />
        <SegmentedControl
          size="xs"
          mb={error ? 26 : 4}
          aria-label={`${label}: ${t('form.dateCalendar')}`}
          value={value.calendar}
          onChange={(c) => onChange({ ...value, calendar: c === 'gregorian' ? 'gregorian' : 'jalali' })}
          data={[
            { value: 'jalali', label: t('header.jalali') },
            { value: 'gregorian', label: t('header.gregorian') },
          ]}
        />
      </Group>
      {preview && (
        <Text size="xs" c="dimmed">
          {t('form.preview', { date: `${preview} (${t(`header.${other}`)})` })}
        </Text>
      )}
    </Stack>
  );
}
