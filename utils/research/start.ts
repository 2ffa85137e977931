import { onTabRecognised } from '../background/tab-events';
import { createResearchLog, type ResearchLogHandle } from './runner';

/**
 * Starts the research log in the background: listens to recognised tabs and
 * records visits only while the log is switched on (off by default), the site
 * is not paused and the page is a government page. Writes are batched.
 * Wiring: `startResearchLog();` in entrypoints/background.ts.
 */
export function startResearchLog(): ResearchLogHandle {
  return createResearchLog({ subscribe: onTabRecognised });
}
