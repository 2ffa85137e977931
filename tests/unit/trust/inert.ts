/**
 * Checks that rendered register text is inert: no element that can run or
 * load something, no event-handler or style attribute, no link with a scheme
 * other than http(s)/mailto. Plus a global trap that hostile payloads set.
 */
import { expect } from 'vitest';

/** Elements that never belong in rendered register text. */
export const ACTIVE_ELEMENTS = [
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'img',
  'svg',
  'math',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'video',
  'audio',
  'source',
  'template',
  'noscript',
];

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data', 'cite'];
const SAFE_SCHEMES = ['http', 'https', 'mailto'];

/** Every problem found under `root` (empty when inert). `allow` exempts elements the UI itself uses. */
export function inertProblems(root: ParentNode, allow: string[] = []): string[] {
  const problems: string[] = [];
  const active = ACTIVE_ELEMENTS.filter((t) => !allow.includes(t));
  for (const el of root.querySelectorAll(active.join(','))) problems.push(`<${el.localName}> element`);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${el.localName} ${name}>`);
      if (name === 'srcdoc') problems.push(`<${el.localName} srcdoc>`);
      if (URL_ATTRIBUTES.includes(name)) {
        const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(attr.value.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
        if (scheme && !SAFE_SCHEMES.includes(scheme)) problems.push(`<${el.localName} ${name}="${attr.value.slice(0, 60)}">`);
      }
    }
  }
  return problems;
}

/** Asserts inertness (see inertProblems) and that no payload set the trap. */
export function expectInert(root: ParentNode, allow: string[] = []): void {
  expect(inertProblems(root, allow)).toEqual([]);
  expect(trapFired()).toBe(false);
}

/** Payloads in the fixtures set `globalThis.__pwned` or call alert/confirm/prompt. */
export function trapFired(): boolean {
  return (globalThis as { __pwned?: unknown }).__pwned !== undefined || dialogs > 0;
}

let dialogs = 0;
for (const name of ['alert', 'confirm', 'prompt'] as const) {
  (globalThis as Record<string, unknown>)[name] = () => void dialogs++;
}

/** Clears the trap between tests. */
export function resetTrap(): void {
  delete (globalThis as { __pwned?: unknown }).__pwned;
  dialogs = 0;
}
