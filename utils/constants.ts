/** Gecko id of the Firefox add-on; tests pin the moz-extension UUID to it. */
export const GECKO_ID = 'algoritmewijzer@algoritmewijzer.nl';

/** Origin of the national algorithm register: the only host the extension contacts. */
export const REGISTER_ORIGIN = 'https://algoritmes.overheid.nl';

/**
 * Base URL of the register's public API. Only the end-to-end test build
 * (E2E_BUILD=1) replaces it, with plain http on the same host name, so the
 * tests' local fake register can answer without a certificate.
 */
export const REGISTER_API: string =
  (import.meta as { env?: Record<string, string | undefined> }).env?.WXT_REGISTER_API || `${REGISTER_ORIGIN}/api`;

/**
 * How long a register request may stall before it is retried. The e2e build
 * shortens it (WXT_SYNC_TIMEOUT_MS) so the stalled-connection test takes
 * seconds instead of minutes; the shipped build waits 30 s.
 */
export const SYNC_TIMEOUT_MS: number =
  Number((import.meta as { env?: Record<string, string | undefined> }).env?.WXT_SYNC_TIMEOUT_MS) || 30_000;

/** The e2e build's register API (see REGISTER_API). */
export const E2E_REGISTER_API = 'http://algoritmes.overheid.nl/api';
/** Test build only: pages the extension may read without a click (tests/e2e/suggestion.test.ts). */
export const E2E_PAGE_HOSTS = '*://*.voorbeeld.nl/*';
