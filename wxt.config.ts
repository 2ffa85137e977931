import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

import { E2E_REGISTER_API, GECKO_ID, REGISTER_ORIGIN } from './utils/constants';

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
    host_permissions: [`${REGISTER_ORIGIN}/*`, ...(e2e ? [`${new URL(E2E_REGISTER_API).origin}/*`] : [])],
    action: { default_title: 'Algoritmewijzer' },
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
      ? { web_accessible_resources: browser === 'firefox' ? ['popup.html', 'options.html'] : [{ resources: ['popup.html', 'options.html'], matches: ['<all_urls>'] }] }
      : {}),
  }),
});
