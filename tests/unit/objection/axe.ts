import axe from 'axe-core';

/**
 * Serious and critical axe-core violations in a rendered element. Colour
 * contrast needs real layout, which happy-dom has not: the e2e runs in a real
 * browser cover it.
 */
export async function seriousViolations(element: Element) {
  const result = await axe.run(element, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
