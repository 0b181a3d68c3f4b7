import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { AppLayout } from '@/app/layout/app-layout';
import { RouteError } from './route-error';

function Broken(): never {
  throw new Error('The page broke while rendering.');
}

describe('RouteError', () => {
  it('catches a page that throws, keeps the shell, and offers a way out', () => {
    // React reports the caught error on the console; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const router = createMemoryRouter(
      [{ path: '/', element: <AppLayout />, children: [{ errorElement: <RouteError />, children: [{ index: true, element: <Broken /> }] }] }],
      { initialEntries: ['/'] },
    );
    render(
      <AppProvider queryClient={new QueryClient()}>
        <RouterProvider router={router} />
      </AppProvider>,
    );

    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The page broke while rendering.');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });
});
