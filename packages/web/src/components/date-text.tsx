import { useTranslation } from 'react-i18next';
import type { PartialDate } from '../api/types.ts';
import { useFormat } from '../format/use-format.ts';

/**
 * A date in the reader's calendar, as `<time datetime>` (machine-readable Gregorian value) with a
 * tooltip saying its precision and the calendar the source stated it in.
 */
export function DateText({ date, compact }: { date: PartialDate; compact?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const hint = `${t(`date.precision.${date.precision}`)} · ${t('date.statedIn', { calendar: t(`header.${date.calendar}`) })}`;
  return (
    <time dateTime={date.value} title={hint}>
      {f.date(date, { compact })}
    </time>
  );
}

/** A period: "start – end", "since start", "until end" or "date unknown". */
export function DateRange({ start, end }: { start: PartialDate | null | undefined; end: PartialDate | null | undefined }) {
  const { t } = useTranslation();
  if (start && end) {
    return (
      // Each date stays on one line, but the range may break after the dash: a narrow table column
      // (events, with long day-precision ranges) wraps instead of pushing its last column out of view.
      <span>
        <span className="nowrap-date">
          <DateText date={start} compact /> –
        </span>{' '}
        <span className="nowrap-date">
          <DateText date={end} compact />
        </span>
      </span>
    );
  }
  if (start) {
    const [before, after] = t('date.since', { start: '\u0000' }).split('\u0000');
    return (
      <span className="nowrap-date">
        {before}
        <DateText date={start} />
        {after}
      </span>
    );
  }
  if (end) {
    const [before, after] = t('date.until', { end: '\u0000' }).split('\u0000');
    return (
      <span className="nowrap-date">
        {before}
        <DateText date={end} />
        {after}
      </span>
    );
  }
  return <span>{t('date.unknown')}</span>;
}
