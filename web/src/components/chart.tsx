import type { Bucket } from '../types.ts';
import { useT } from '../i18n.ts';

const DAY_MS = 86_400_000;

function dayNumber(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / DAY_MS : null;
}

/**
 * Mentions per day as an inline SVG bar chart on a true day axis (gaps are
 * days without mentions), with the numbers in a table for screen readers.
 */
export function DayChart({ buckets, name }: { buckets: readonly Bucket[]; name: string }) {
  const t = useT();
  const pts = buckets.map((b) => ({ ...b, d: dayNumber(b.value) })).filter((b): b is Bucket & { d: number } => b.d !== null);
  if (!pts.length) return <p class="muted">{t.nonePanel}</p>;
  const W = 560;
  const H = 140;
  const pad = { l: 28, r: 8, t: 8, b: 22 };
  const d0 = Math.min(...pts.map((p) => p.d));
  const d1 = Math.max(...pts.map((p) => p.d));
  const span = Math.max(1, d1 - d0 + 1);
  const max = Math.max(...pts.map((p) => p.count));
  const bw = Math.max(2, Math.min(24, (W - pad.l - pad.r) / span - 1));
  const x = (d: number) => pad.l + ((d - d0) / span) * (W - pad.l - pad.r);
  const y = (c: number) => pad.t + (1 - c / max) * (H - pad.t - pad.b);
  const label = t.chartLabel(name);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <title>{label}</title>
        <line x1={pad.l} x2={W - pad.r} y1={H - pad.b} y2={H - pad.b} class="axis" />
        <text x={pad.l - 4} y={pad.t + 8} class="tick" text-anchor="end">
          {max}
        </text>
        {pts.map((p) => (
          <rect key={p.value} x={x(p.d)} y={y(p.count)} width={bw} height={H - pad.b - y(p.count)} class="bar">
            <title>{`${p.value}: ${p.count}`}</title>
          </rect>
        ))}
        <text x={pad.l} y={H - 6} class="tick">
          {pts[0]!.value}
        </text>
        {pts.length > 1 ? (
          <text x={W - pad.r} y={H - 6} class="tick" text-anchor="end">
            {pts[pts.length - 1]!.value}
          </text>
        ) : null}
      </svg>
      <details>
        <summary>{t.mentionsPerDay}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.day}</th>
              <th scope="col">{t.count}</th>
            </tr>
          </thead>
          <tbody>
            {pts.map((p) => (
              <tr key={p.value}>
                <td>{p.value}</td>
                <td>{p.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** Dates named in an article on one line from the earliest to the latest. */
export function DateLine({ dates, onPick }: { dates: ReadonlyArray<{ value: string; text: string; start: number }>; onPick: (start: number) => void }) {
  const pts = dates.map((d) => ({ ...d, n: dayNumber(d.value) })).filter((d): d is typeof d & { n: number } => d.n !== null);
  if (pts.length < 2) return null;
  const W = 300;
  const H = 36;
  const n0 = Math.min(...pts.map((p) => p.n));
  const n1 = Math.max(...pts.map((p) => p.n));
  const x = (n: number) => 10 + ((n - n0) / Math.max(1, n1 - n0)) * (W - 20);
  return (
    <svg class="dateline" viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      <line x1={10} x2={W - 10} y1={14} y2={14} class="axis" />
      {pts.map((p) => (
        <circle key={p.start} cx={x(p.n)} cy={14} r={5} class="dot" onClick={() => onPick(p.start)}>
          <title>{`${p.text} → ${p.value}`}</title>
        </circle>
      ))}
      <text x={10} y={33} class="tick">
        {pts.reduce((a, b) => (a.n <= b.n ? a : b)).value.slice(0, 10)}
      </text>
      <text x={W - 10} y={33} class="tick" text-anchor="end">
        {pts.reduce((a, b) => (a.n >= b.n ? a : b)).value.slice(0, 10)}
      </text>
    </svg>
  );
}
