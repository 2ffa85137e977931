import type { ComponentChildren } from 'preact';
import { safeHref } from '@/utils/sanitize';

/**
 * A link to a register-supplied URL: rendered only for http(s)/mailto,
 * else the label as plain text. Opens in a new tab without referrer.
 */
export function SafeLink({ href, children }: { href: string | null | undefined; children: ComponentChildren }) {
  const safe = safeHref(href);
  if (!safe) return <span>{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
