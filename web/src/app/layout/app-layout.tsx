import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';

const mainNav = [
  { to: '/', label: 'Dashboard', end: true },
  { to: '/plans', label: 'Plans' },
  { to: '/activities', label: 'Activities' },
  { to: '/needs', label: 'Needs' },
  { to: '/experts', label: 'Experts' },
];

const referenceDataNav = [
  { to: '/admin/members', label: 'Members' },
  { to: '/admin/sub-regions', label: 'Sub-regions' },
];

function navClass({ isActive }: { isActive: boolean }) {
  return isActive ? 'nav-link nav-link-active' : 'nav-link';
}

/** Header, navigation and the main landmark around every page. */
export function AppLayout() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a client-side navigation, move focus to the new page so screen readers announce it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main-content">
        Skip to main content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          Rocb
        </Link>
        <span className="brand-tagline">WCO Asia/Pacific Regional Office for Capacity Building</span>
      </header>
      <div className="app-body">
        <nav className="app-nav" aria-label="Main">
          <ul>
            {mainNav.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className={navClass}>
                  {item.label}
                </NavLink>
              </li>
            ))}
            <li>
              <span className="nav-group" id="nav-administration">
                Administration
              </span>
              <ul aria-labelledby="nav-administration">
                <li>
                  <span className="nav-subgroup" id="nav-reference-data">
                    Reference data
                  </span>
                  <ul aria-labelledby="nav-reference-data">
                    {referenceDataNav.map((item) => (
                      <li key={item.to}>
                        <NavLink to={item.to} className={navClass}>
                          {item.label}
                        </NavLink>
                      </li>
                    ))}
                  </ul>
                </li>
              </ul>
            </li>
          </ul>
        </nav>
        <main id="main-content" className="app-main" tabIndex={-1} ref={mainRef}>
          <Outlet />
        </main>
      </div>
      <footer className="app-footer">
        <p>Rocb · capacity-building management for the WCO ROCB Asia/Pacific</p>
      </footer>
    </div>
  );
}
