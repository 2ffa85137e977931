import { describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import { WelcomePage } from '@/components/welcome/WelcomePage';
import { browserUiLanguage, resolveLanguage } from '@/utils/i18n/resolve';
import { LANGUAGES, type Language } from '@/utils/i18n';
import { languageSetting } from '@/utils/settings';
import { algorithmsOf } from './popup/fixtures';
import { viewOf } from './popup/views';
import { renderOptions } from './options/render';
import { renderIn } from './render-in';

/** Every message table of the interface. */
const tables = Object.entries(
  import.meta.glob<Record<string, unknown>>(['/components/**/*messages*.ts', '/utils/**/*-messages.ts'], { eager: true }),
).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([, v]) => typeof v === 'object' && v !== null && 'nl' in v && 'en' in v)
    .map(([name, v]) => [`${file} ${name}`, v as Record<Language, Record<string, string>>] as const),
);
const SNAKE = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;
/** What a message key looks like when it leaks onto the screen. */
const KEY_LIKE = /\b[a-z]+_[a-z_]+\b/g;

/** Visible text plus the texts screen readers read from attributes. */
function shownText(): string {
  const attrs = [...document.body.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap((el) =>
    ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
  );
  return [document.body.textContent ?? '', ...attrs].join('\n');
}

describe('message tables', () => {
  it('are found', () => expect(tables.length).toBeGreaterThanOrEqual(12));

  it.each(tables)('%s: snake_case keys, the same in both languages', (_name, table) => {
    expect(Object.keys(table.nl).filter((k) => !SNAKE.test(k))).toEqual([]);
    expect(Object.keys(table.en).sort()).toEqual(Object.keys(table.nl).sort());
  });
});

describe('the interface language', () => {
  it('comes from the override, else from the browser UI language', async () => {
    expect(await resolveLanguage('en-GB')).toBe('en');
    expect(await resolveLanguage('nl-NL')).toBe('nl');
    await languageSetting.setValue('nl');
    expect(await resolveLanguage('en-GB')).toBe('nl');
  });

  it('reads the browser language from browser.i18n, not navigator.language', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('nl-NL');
    expect(browserUiLanguage()).toBe('en-GB');
    expect(await resolveLanguage()).toBe('en');
    vi.restoreAllMocks();
  });
});

describe.each(LANGUAGES)('no message key shows as text (%s)', (lang) => {
  const UWV = { name: 'Uitvoeringsinstituut Werknemersverzekeringen', org_id: null };
  const views = {
    recognised: viewOf({ organization: UWV, algorithms: algorithmsOf(UWV.name) }),
    empty: viewOf({ organization: UWV, algorithms: [] }),
    unknown: viewOf({ url: 'https://www.voorbeeld.nl/', suggestion: UWV }),
    paused: viewOf({ organization: UWV, paused: true }),
    transit: viewOf({ url: 'https://digid.nl/', match: 'transit' }),
  };

  it.each(Object.entries(views))('popup: %s', async (_name, view) => {
    renderIn(<Popup view={view} onAnswer={() => {}} onPause={() => {}} onOpenOptions={() => {}} />, lang);
    const objection = screen.queryAllByRole('tab')[1];
    const before = shownText();
    if (objection) {
      fireEvent.click(objection);
      await screen.findByRole('heading', {
        level: 2,
        name: lang === 'nl' ? 'Bezwaar maken of uitleg vragen' : 'Object or ask for an explanation',
      });
    }
    expect((before + shownText()).match(KEY_LIKE) ?? []).toEqual([]);
  });

  it.each(['', '#wijzigingen', '#instellingen', '#onderzoekslog'])('options page %s', async (hash) => {
    await renderOptions(hash, lang === 'en' ? 'en-GB' : 'nl-NL');
    await screen.findByRole('heading', { level: 1 });
    expect(shownText().match(KEY_LIKE) ?? []).toEqual([]);
    cleanup();
  });

  it('welcome page', () => {
    renderIn(
      <WelcomePage
        onLanguage={() => {}}
        permissions={['storage', 'unlimitedStorage', 'alarms', 'tabs', 'activeTab', 'scripting', 'clipboardWrite']}
        hostPermissions={['https://algoritmes.overheid.nl/*']}
      />,
      lang,
    );
    expect(shownText().match(KEY_LIKE) ?? []).toEqual([]);
  });
});
