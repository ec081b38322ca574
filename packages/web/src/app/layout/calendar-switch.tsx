import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCalendar } from '../../prefs/calendar.tsx';

/** Chooses the calendar every date is shown in (Jalali or Gregorian); the choice is remembered. */
export function CalendarSwitch() {
  const { t } = useTranslation();
  const { calendar, setCalendar } = useCalendar();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('header.calendar')}
      value={calendar}
      onChange={(value) => setCalendar(value === 'gregorian' ? 'gregorian' : 'jalali')}
      data={[
        { value: 'jalali', label: t('header.jalali') },
        { value: 'gregorian', label: t('header.gregorian') },
      ]}
    />
  );
}
