import { describe, expect, it } from 'vitest';
import { mayorA, metropolis, statement, summary, tehran } from '../../test/factories.ts';
import { byRecency, classifyStatements } from './classify-statements.ts';

const coPresident = statement({ kind: 'membership', subject: mayorA, object: metropolis, role: 'co_president', on_behalf_of: tehran });
const mayor = statement({ kind: 'membership', subject: mayorA, object: tehran, role: 'mayor' });
const member = statement({ kind: 'membership', subject: tehran, object: metropolis, role: 'member' });
const session = summary('session-7', 'event', 'اجلاس هفتم', '7th session');
const hosted = statement({ kind: 'host', subject: session, object: tehran });
const seat = statement({ kind: 'seat', subject: metropolis, object: summary('barcelona', 'city', 'بارسلون', 'Barcelona') });

describe('classifyStatements', () => {
  it('puts a statement where the entity plays its part', () => {
    const forTehran = classifyStatements('tehran', [coPresident, mayor, member, hosted]);
    expect(forTehran.holders.map((s) => s.id)).toEqual([mayor.id]);
    expect(forTehran.posts.map((s) => s.id)).toEqual([coPresident.id]); // a seat held on Tehran's behalf
    expect(forTehran.memberships.map((s) => s.id)).toEqual([member.id]);
    expect(forTehran.events.map((s) => s.id)).toEqual([hosted.id]);

    const forMetropolis = classifyStatements('metropolis', [coPresident, member, seat]);
    expect(forMetropolis.holders.map((s) => s.id)).toEqual([coPresident.id]);
    expect(forMetropolis.members.map((s) => s.id)).toEqual([member.id]);
    expect(forMetropolis.other.map((s) => s.id)).toEqual([seat.id]);

    const forPerson = classifyStatements('mayor-a', [coPresident, mayor]);
    expect(forPerson.posts.map((s) => s.id).sort()).toEqual([coPresident.id, mayor.id].sort());
  });

  it('orders latest first, undated and deprecated last', () => {
    const old = statement({ kind: 'membership', subject: mayorA, object: tehran, start: { value: '2013', precision: 'year', calendar: 'gregorian' } });
    const recent = statement({ kind: 'membership', subject: mayorA, object: tehran, start: { value: '2021-08', precision: 'month', calendar: 'gregorian' } });
    const undated = statement({ kind: 'membership', subject: mayorA, object: tehran });
    const wrong = statement({ kind: 'membership', subject: mayorA, object: tehran, rank: 'deprecated', start: { value: '2024', precision: 'year', calendar: 'gregorian' } });
    expect([undated, wrong, old, recent].sort(byRecency).map((s) => s.id)).toEqual([recent.id, old.id, undated.id, wrong.id]);
  });
});
