/**
 * Span-level exact-match precision/recall/F1, CoNLL style: a predicted span
 * counts only when its start, end and type all equal a gold span's.
 */
import type { TokenSpan } from './tag-scheme.js';

/** Counts for one type (or overall). */
export interface PrfCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** P/R/F1 from counts (0 when undefined). */
export function prf(c: PrfCounts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Accumulates span matches over many sentences. */
export class SpanScorer {
  readonly byType = new Map<string, PrfCounts>();
  readonly all: PrfCounts = { tp: 0, fp: 0, fn: 0 };

  private counts(type: string): PrfCounts {
    let c = this.byType.get(type);
    if (!c) this.byType.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  }

  /** Add one sentence's gold and predicted spans. */
  add(gold: readonly TokenSpan[], pred: readonly TokenSpan[]): void {
    const key = (s: TokenSpan): string => `${s.start}:${s.end}:${s.type}`;
    const g = new Set(gold.map(key));
    const p = new Set(pred.map(key));
    for (const s of pred) {
      const c = this.counts(s.type);
      if (g.has(key(s))) {
        c.tp++;
        this.all.tp++;
      } else {
        c.fp++;
        this.all.fp++;
      }
    }
    for (const s of gold) {
      if (!p.has(key(s))) {
        this.counts(s.type).fn++;
        this.all.fn++;
      }
    }
  }

  /** Overall F1. */
  f1(): number {
    return prf(this.all).f1;
  }
}
