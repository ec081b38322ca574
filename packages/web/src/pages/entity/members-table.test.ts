import { describe, expect, it } from 'vitest';
import { statement, summary, tehran, metropolis } from '../../test/factories.ts';
import { memberStatus, membersCsv, sortMembers } from './members-table.tsx';

const mashhad = summary('mashhad', 'city', 'مشهد', 'Mashhad');
const a = statement({ kind: 'membership', subject: tehran, object: metropolis, ordinal: 2, start: { value: '2001', precision: 'year', calendar: 'gregorian' } });
const b = statement({ kind: 'membership', subject: mashhad, object: metropolis, ordinal: 1, end: { value: '2020', precision: 'year', calendar: 'gregorian' } });
const c = statement({ kind: 'membership', subject: summary('qom', 'city', 'قم', 'Qom'), object: metropolis });

describe('members table', () => {
  it('sorts by ordinal, join date and name, unnumbered and undated last in both directions', () => {
    const label = (s: typeof a) => s.subject.labels.fa ?? '';
    expect(sortMembers([a, b, c], 'ordinal', 1, label).map((s) => s.subject.id)).toEqual(['mashhad', 'tehran', 'qom']);
    expect(sortMembers([a, b, c], 'ordinal', -1, label).map((s) => s.subject.id)).toEqual(['tehran', 'mashhad', 'qom']);
    expect(sortMembers([a, b, c], 'joined', 1, label).map((s) => s.subject.id)[0]).toBe('tehran');
    expect(sortMembers([a, b, c], 'name', 1, label).map((s) => s.subject.id)).toEqual(['tehran', 'qom', 'mashhad']);
    expect([a, b].map(memberStatus)).toEqual(['active', 'left']);
  });

  it('writes CSV with a BOM, CRLF, quoting and a formula guard', () => {
    const csv = membersCsv([{ ordinal: '1', fa: 'تهران، پایتخت', en: 'Tehran, capital', joined: '2001', left: '', status: 'active', sources: '' }]);
    expect(csv.startsWith('\uFEFFordinal,name_fa')).toBe(true);
    // the Persian comma needs no quoting; the ASCII one does
    expect(csv).toContain('\r\n1,تهران، پایتخت,"Tehran, capital",2001');
    const formula = membersCsv([{ ordinal: '', fa: '', en: '=HYPERLINK("x")', joined: '', left: '', status: '', sources: '' }]);
    expect(formula).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
