import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

import { E2E_PAGE_HOSTS, E2E_REGISTER_API, GECKO_ID, REGISTER_ORIGIN } from './utils/constants';

/** The extension icon, rendered from assets/icon.svg by `npm run icons` (committed PNGs). */
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

const e2e = !!process.env.E2E_BUILD;
// The test build talks to the local fake register over plain http (see utils/constants.ts).
if (e2e) {
  process.env.WXT_REGISTER_API = E2E_REGISTER_API;
  process.env.WXT_SYNC_TIMEOUT_MS = '4000';
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // Test builds (E2E_BUILD=1) go to their own folder so the shipped build stays clean.
  outDir: e2e ? '.output-test' : '.output',
  // AMO reviewers rebuild from the sources zip (all non-hidden files but tests and outputs, README included).
  zip: { excludeSources: ['.output-test/**', 'test-results/**'] },
  manifest: ({ browser }) => ({
    name: 'Algoritmewijzer',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'tabs', 'activeTab', 'scripting'],
    // Asked for only when the user ticks "melding van de browser" for followed organisations.
    optional_permissions: ['notifications'],
    // The test build also reads the test pages of *.voorbeeld.nl: there the host permission stands in for the
    // activeTab grant a click on the toolbar button gives, which a headless browser cannot make.
    host_permissions: [`${REGISTER_ORIGIN}/*`, ...(e2e ? [`${new URL(E2E_REGISTER_API).origin}/*`, E2E_PAGE_HOSTS] : [])],
    icons: ICONS,
    // Firefox puts a new extension's button in the Extensions menu unless the manifest asks for the toolbar:
    // without it a citizen never sees the count. (Chrome ignores default_area; pinning is the user's choice there.)
    // Firefox (MV2) gets browser_action itself: WXT would otherwise drop everything but the popup from `action`.
    ...(browser === 'firefox'
      ? { browser_action: { default_title: 'Algoritmewijzer', default_icon: ICONS, default_area: 'navbar' as const } }
      : { action: { default_title: 'Algoritmewijzer', default_icon: ICONS } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // data_collection_permissions is read from Firefox 140 (Android 142) on.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    ...(e2e
      ? {
          web_accessible_resources:
            browser === 'firefox'
              ? ['popup.html', 'options.html']
              : [{ resources: ['popup.html', 'options.html'], matches: ['<all_urls>'] }],
        }
      : {}),
  }),
});
