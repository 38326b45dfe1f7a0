import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, fmtClock, fmtDay, fmtMonth, fmtWeek, fmtYear, fromDays, isValidDate, parseYmd, toDays, weekday } from './calendar.js';

test('calendar: weekdays, ISO weeks, month arithmetic', () => {
  const rows: Array<[string, number, string]> = [
    // date, ISO weekday, ISO week
    ['2019-09-10', 2, '2019-W37'],
    ['2019-09-15', 7, '2019-W37'],
    ['2025-08-01', 5, '2025-W31'],
    ['2020-12-31', 4, '2020-W53'],
    ['2021-01-03', 7, '2020-W53'],
    ['2024-12-30', 1, '2025-W01'],
    ['2000-02-29', 2, '2000-W09'],
  ];
  for (const [s, wd, wk] of rows) {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    assert.equal(weekday({ y, m, d }), wd, s);
    assert.equal(fmtWeek({ y, m, d }), wk, s);
    assert.deepEqual(fromDays(toDays({ y, m, d })), { y, m, d }, s);
  }
  assert.deepEqual(addDays({ y: 2019, m: 3, d: 1 }, -1), { y: 2019, m: 2, d: 28 });
  assert.deepEqual(addMonths({ y: 2019, m: 8, d: 31 }, -6), { y: 2019, m: 2, d: 28 });
  assert.deepEqual(addMonths({ y: 2019, m: 11, d: 15 }, 3), { y: 2020, m: 2, d: 15 });
  assert.equal(isValidDate(2023, 2, 31), false);
  assert.equal(isValidDate(2024, 2, 29), true);
  assert.equal(isValidDate(1900, 2, 29), false);
});

test('calendar: YYYY-MM-DD parsed exactly, other forms refused', () => {
  const rows: Array<[string, ReturnType<typeof parseYmd>]> = [
    ['2019-09-10', { y: 2019, m: 9, d: 10 }],
    ['2024-02-29', { y: 2024, m: 2, d: 29 }],
    ['2023-02-29', null], // no such day
    ['2019-13-01', null],
    ['2019-9-10', null],
    ['2019-09-1', null],
    ['20190910', null],
    ['2019/09/10', null],
    [' 2019-09-10', null],
    ['2019-09-10 ', null],
    ['2019-09-10T08:00', null],
    ['2019-0a-10', null],
    ['', null],
  ];
  for (const [s, want] of rows) assert.deepEqual(parseYmd(s), want, s);
});

test('calendar: values zero-padded as TIMEX3 writes them', () => {
  assert.equal(fmtDay({ y: 2019, m: 9, d: 1 }), '2019-09-01');
  assert.equal(fmtDay({ y: 987, m: 12, d: 31 }), '0987-12-31');
  assert.equal(fmtMonth(45, 10), '0045-10');
  assert.equal(fmtYear(7), '0007');
  assert.equal(fmtYear(12345), '12345');
  assert.equal(fmtClock(0, 5), '00:05');
  assert.equal(fmtClock(23, 59), '23:59');
  assert.equal(fmtClock(7.5, 0), '7.5:00'); // not a whole number: as padStart writes it
});
