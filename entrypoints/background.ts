import { openWelcomeOnInstall } from '@/utils/welcome';
import { startRegisterService } from '@/utils/register/service';
import { startMessageRouter } from '@/utils/background/router';
import { startTabWatcher } from '@/utils/background/tab-watcher';
import { startResearchLog } from '@/utils/research/start';
import { startFollowing } from '@/utils/follow/start';

/**
 * Wiring only. The privacy-critical path: the tab watcher reads tab URLs and
 * matches them locally; the register service is the only code that uses the
 * network, and only towards the register's own API.
 */
export default defineBackground(() => {
  // Listeners first and synchronously, so an event that woke the worker is not missed.
  openWelcomeOnInstall();
  startMessageRouter();
  startTabWatcher();
  startResearchLog();
  startFollowing();
  void startRegisterService();
});
