import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { resetSessionForTests } from '@/lib/auth/session';

// findBy… and waitFor wait up to 5 s (not 1 s): under CI load a page may take longer than a second to render.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  resetSessionForTests();
});
