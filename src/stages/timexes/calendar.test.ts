import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, fmtWeek, fromDays, isValidDate, toDays, weekday } from './calendar.js';

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
