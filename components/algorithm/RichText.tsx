import { h, type ComponentChildren } from 'preact';
import { sanitizeHtml, type SafeNode } from '@/utils/sanitize';

/**
 * Renders an untrusted register field: only bare div/br/p/ul/ol/li elements
 * and text nodes are created (see utils/sanitize.ts); no innerHTML.
 */
export function RichText({ html, class: className }: { html: string | null | undefined; class?: string }) {
  const nodes = sanitizeHtml(html);
  if (!nodes.length) return null;
  return <div class={className ?? 'rich-text'}>{render(nodes)}</div>;
}

function render(nodes: SafeNode[]): ComponentChildren[] {
  return nodes.map((n) => (typeof n === 'string' ? n : h(n.tag, null, ...render(n.children))));
}
