import type { ComponentChildren } from 'preact';
import { ApiError, describeError } from '../api.ts';
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

/**
 * A page whose one record failed to load: its heading, then "not found" when
 * the id is unknown or malformed (404/400), else the error with a retry.
 */
export function PageLoadError({ title, error, notFound, onRetry }: { title: string; error: unknown; notFound: string; onRetry: () => void }) {
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
  return (
    <>
      <h1>{title}</h1>
      <ErrorBox error={error} {...(missing ? { message: notFound } : { onRetry })} />
    </>
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
