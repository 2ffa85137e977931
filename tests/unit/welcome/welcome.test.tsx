import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WelcomePage } from '@/components/welcome/WelcomePage';
import { handleInstalled, openWelcomeOnInstall } from '@/utils/welcome';
import { firstRunShown } from '@/utils/settings';
import { seriousViolations } from '../objection/axe';
import { renderIn } from '../render-in';

const MANIFEST_PERMISSIONS = ['storage', 'unlimitedStorage', 'alarms', 'tabs'];

describe('WelcomePage', () => {
  it('explains every permission of the manifest and the only traffic', () => {
    renderIn(
      <WelcomePage
        onLanguage={() => {}}
        permissions={[...MANIFEST_PERMISSIONS, 'activeTab', 'clipboardWrite']}
        hostPermissions={['https://algoritmes.overheid.nl/*']}
      />,
    );
    const items = [...screen.getByTestId('permissions').querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toHaveLength(7);
    expect(items[3]).toMatch(/^Tabbladen: om het adres te lezen/);
    expect(items[4]).toMatch(/^Actief tabblad/);
    expect(items[5]).toBe('Toestemming “clipboardWrite”.');
    expect(items[6]).toMatch(/algoritmes\.overheid\.nl/);
    expect(screen.getByText(/Niets over jouw surfgedrag verlaat je browser/)).toBeTruthy();
    expect(
      screen.getByText(/één keer per dag haalt Algoritmewijzer het openbare Algoritmeregister op bij algoritmes\.overheid\.nl/),
    ).toBeTruthy();
    expect(screen.getByText(/geen registraties/)).toBeTruthy();
  });

  it('switches language with pressed-state buttons', () => {
    const onLanguage = vi.fn();
    const { unmount } = renderIn(<WelcomePage onLanguage={onLanguage} permissions={MANIFEST_PERMISSIONS} hostPermissions={[]} />);
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(onLanguage).toHaveBeenCalledWith('en');
    unmount();
    renderIn(<WelcomePage onLanguage={onLanguage} permissions={MANIFEST_PERMISSIONS} hostPermissions={[]} />, 'en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Algoritmewijzer');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/Nothing about your browsing leaves your browser/)).toBeTruthy();
  });

  it('has no serious or critical axe violations in either language', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const { container, unmount } = renderIn(
        <WelcomePage onLanguage={() => {}} permissions={MANIFEST_PERMISSIONS} hostPermissions={['https://algoritmes.overheid.nl/*']} />,
        lang,
      );
      expect(await seriousViolations(container)).toEqual([]);
      unmount();
    }
  });

  it('the axe helper does report a real violation', async () => {
    const { container } = render(
      <div>
        <input type="text" />
        <img src="x.png" />
      </div>,
    );
    expect((await seriousViolations(container)).length).toBeGreaterThan(0);
  });
});

describe('first-run page on install', () => {
  it('opens the page once on install and not on update', async () => {
    const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((t) => t.url?.endsWith('/welcome.html'));
    openWelcomeOnInstall();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1' });
    expect(await welcomeTabs()).toHaveLength(0);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect(await firstRunShown.getValue()).toBe(true));
    expect((await welcomeTabs()).map((t) => t.url)).toEqual([fakeBrowser.runtime.getURL('/welcome.html')]);
    expect(await handleInstalled({ reason: 'install' })).toBe(false);
    expect(await welcomeTabs()).toHaveLength(1);
  });
});
