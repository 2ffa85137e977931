import { browser } from 'wxt/browser';

/**
 * Reads a JSON file shipped inside the extension package (the bundled register
 * and the domain table). This and the register's HTTP client are the only
 * places that call fetch; this one never leaves the extension.
 */
export async function readPackagedJson(path: string, fetchImpl: typeof fetch = fetch): Promise<unknown> {
  const getURL = browser.runtime.getURL as (path: string) => string;
  const response = await fetchImpl(getURL(path));
  if (!response.ok) throw new Error(`${path.replace(/^\//, '')}: HTTP ${response.status}`);
  return response.json();
}
