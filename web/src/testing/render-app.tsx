import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/routes';
import { startSession } from '@/lib/auth/session';

interface RenderAppOptions {
  /** Start with a session (default), or signed out. */
  signedIn?: boolean;
}

export const testTokens = { tokenType: 'Bearer', accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 3600 };

/** Renders the whole app (layout, routes, providers) at a path, with a fresh cache, signed in unless told otherwise. */
export function renderApp(path: string, { signedIn = true }: RenderAppOptions = {}) {
  if (signedIn) startSession(testTokens);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, router, user, queryClient };
}
