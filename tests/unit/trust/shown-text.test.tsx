import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/preact';
import { capText, cutText, safeText, sanitizeHtml, stripInvisible } from '@/utils/sanitize';
import { translator } from '@/utils/i18n';
import { badgeFor } from '@/utils/badge';
import { registerTextToPlain } from '@/utils/objection/format';
import { Popup } from '@/components/popup/Popup';
import { viewOf } from '../popup/views';
import { renderIn } from '../render-in';

const RLO = '\u202e';
const HIDDEN = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u200b',
  '\u2060',
  '\ufeff',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u0085',
  '\u009b',
  '\u{e0041}',
];
const hasHidden = (s: string) => HIDDEN.some((c) => s.includes(c));
const hasLoneSurrogate = (s: string) => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

describe('text that lies about itself', () => {
  it('strips bidi overrides and invisible controls from shown names and titles', () => {
    const name = `Gemeente ${RLO}nedlaw${'\u202c'} \u200bX\u2066y\u2069\u0007`;
    expect(stripInvisible(name)).toBe('Gemeente nedlaw Xy');
    expect(capText(name, 200)).toBe('Gemeente nedlaw Xy');
    expect(hasHidden(safeText(sanitizeHtml(`<p>${name}</p>`)))).toBe(false);
    expect(hasHidden(safeText(sanitizeHtml(name)))).toBe(false);
    expect(hasHidden(registerTextToPlain(name))).toBe(false);
    const t = translator({ nl: { x: 'Is dit {org}?' }, en: { x: 'Is this {org}?' } }, 'nl');
    expect(t('x', { org: name })).toBe('Is dit Gemeente nedlaw Xy?');
    const rec = viewOf({ organization: { name, org_id: null } }).recognition;
    expect(hasHidden(badgeFor({ recognition: rec, algorithms: [], paused: false }, 'nl').title)).toBe(false);
  });

  it('shows a register name with a right-to-left override as plain text in the popup', () => {
    const name = `Belastingdienst${RLO}lmth.exe`;
    renderIn(
      <Popup view={viewOf({ organization: { name, org_id: null } })} onAnswer={() => {}} onPause={() => {}} onOpenOptions={() => {}} />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Belastingdienstlmth.exe');
  });

  it('cuts long text without splitting a surrogate pair', () => {
    const text = 'a' + '😀'.repeat(20);
    for (let max = 1; max < 30; max++) {
      expect(hasLoneSurrogate(capText(text, max)), `max ${max}`).toBe(false);
      expect(hasLoneSurrogate(cutText(text, max))).toBe(false);
      expect(hasLoneSurrogate(safeText(sanitizeHtml(`<p>${text}</p>`, max)))).toBe(false);
      expect(hasLoneSurrogate(registerTextToPlain(text, max))).toBe(false);
    }
    expect(capText('ab😀', 3)).toBe('ab…');
    expect(stripInvisible('a\ud800b')).toBe('a\ufffdb');
  });
});
