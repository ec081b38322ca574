import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Calendar } from '../format/partial-date.ts';

/** localStorage key of the chosen display calendar. */
export const CALENDAR_STORAGE_KEY = 'shahrnet.calendar';

/** The stored calendar, or Jalali (the calendar of most sources and readers). */
export function storedCalendar(): Calendar {
  try {
    return globalThis.localStorage?.getItem(CALENDAR_STORAGE_KEY) === 'gregorian' ? 'gregorian' : 'jalali';
  } catch {
    return 'jalali';
  }
}

interface CalendarContextValue {
  calendar: Calendar;
  setCalendar(calendar: Calendar): void;
}

const CalendarContext = createContext<CalendarContextValue>({ calendar: 'jalali', setCalendar: () => {} });

/**
 * Holds the calendar every date is shown in. It is independent of the language: a Persian reader may
 * want Gregorian dates for an international network, an English reader Jalali ones for Iranian terms.
 */
export function CalendarProvider({ initial, children }: { initial?: Calendar; children: ReactNode }) {
  const [calendar, setState] = useState<Calendar>(() => initial ?? storedCalendar());
  const setCalendar = useCallback((next: Calendar) => {
    setState(next);
    try {
      globalThis.localStorage?.setItem(CALENDAR_STORAGE_KEY, next);
    } catch {
      // storage disabled: the choice lasts for this page only
    }
  }, []);
  const value = useMemo(() => ({ calendar, setCalendar }), [calendar, setCalendar]);
  return <CalendarContext value={value}>{children}</CalendarContext>;
}

/** The display calendar and its setter. */
export function useCalendar(): CalendarContextValue {
  return use(CalendarContext);
}
