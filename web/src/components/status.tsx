import type { ComponentChildren } from 'preact';
import { describeError } from '../api.ts';
import { useT } from '../i18n.ts';
import { href } from '../router.ts';

/** A polite loading line for screen readers and eyes. */
export function Loading() {
  const t = useT();
  return (
    <p class="status" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" /> {t.loading}
    </p>
  );
}

/** An API failure in words, with a way back. */
export function ErrorBox({ error, message, onRetry }: { error?: unknown; message?: string; onRetry?: () => void }) {
  const t = useT();
  return (
    <div class="error" role="alert">
      <p>{message ?? describeError(error, t)}</p>
      <p>
        {onRetry ? (
          <button type="button" onClick={onRetry}>
            {t.retry}
          </button>
        ) : null}{' '}
        <a href={href('/')}>{t.backToSearch}</a>
      </p>
    </div>
  );
}

/** A plain empty-state message. */
export function Empty({ children }: { children: ComponentChildren }) {
  return (
    <p class="empty" role="status">
      {children}
    </p>
  );
}
