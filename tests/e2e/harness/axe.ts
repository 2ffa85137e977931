/**
 * Accessibility check in a real browser: axe-core, injected by the driver (not
 * a page <script>, so an extension page's CSP stays as shipped), reporting the
 * serious and critical violations as `rule: selector` lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

type Violation = { id: string; impact: string; nodes: { target: string[] }[] };
/** A page of either driver, or a plain Playwright page: evaluate a function, or a script given as text. */
type AxePage = { evaluate(code: string): Promise<unknown> } & { evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> };

/** Injects axe-core once into `page` (idempotent: a second call re-defines the same global). */
export async function injectAxe(page: object): Promise<void> {
  const source = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await (page as AxePage).evaluate(`${source};0`);
}

/** Serious and critical axe violations on the page as it is now (inject first with injectAxe). */
export function seriousViolations(page: object): Promise<string[]> {
  return (page as AxePage).evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  }, null);
}
