import type { ReactNode } from 'react';
import { Outlet } from 'react-router';

/** The minimal frame of pages shown without a session: the brand, and the page in a narrow column. */
export function PublicLayout({ children }: { children?: ReactNode }) {
  return (
    <div className="app">
      <a className="skip-link" href="#main-content">
        Skip to main content
      </a>
      <header className="app-header">
        <span className="brand">Rocb</span>
        <span className="brand-tagline">WCO Asia/Pacific Regional Office for Capacity Building</span>
      </header>
      <main id="main-content" className="public-main" tabIndex={-1}>
        {children ?? <Outlet />}
      </main>
      <footer className="app-footer">
        <p>Rocb · capacity-building management for the WCO ROCB Asia/Pacific</p>
      </footer>
    </div>
  );
}
