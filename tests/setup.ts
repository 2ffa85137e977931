import { afterEach, beforeEach } from 'vitest';
import { cleanup, configure } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// findBy*/waitFor wait up to 5 s instead of 1 s: lazily loaded panels (a dynamic
// import) can take longer than a second on a busy 2-core CI machine.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);
