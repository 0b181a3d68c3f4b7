import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { expertNavItems } from '@/features/experts/nav';
import { can, useCurrentUser, type Permission } from '@/lib/auth/current-user';
import { roleLabel } from '@/lib/auth/roles';
import { signOut } from '@/lib/auth/sign-in';

interface NavItem {
  to: string;
  label: string;
  end?: boolean;
  /** Shown only to roles with this permission. */
  permission?: Permission;
  /** Shown only when this says so (for checks beyond one permission). */
  when?: (user: ReturnType<typeof useCurrentUser>['data']) => boolean;
}

const mainNav: NavItem[] = [
  { to: '/', label: 'Dashboard', end: true },
  { to: '/plans', label: 'Plans' },
  { to: '/milestones', label: 'Milestone updates', end: true, permission: 'milestones:submit' },
  { to: '/milestones/queue', label: 'Review queue', permission: 'milestones:review' },
  { to: '/activities', label: 'Activities' },
  { to: '/surveys', label: 'Follow-up surveys' },
  { to: '/needs', label: 'Needs', permission: 'needs:read' },
  ...expertNavItems,
];

const referenceDataNav: NavItem[] = [
  { to: '/admin/members', label: 'Members', permission: 'reference-data:read' },
  { to: '/admin/sub-regions', label: 'Sub-regions', permission: 'reference-data:read' },
];

const administrationNav: NavItem[] = [
  { to: '/admin/users', label: 'Users', permission: 'users:manage' },
  { to: '/admin/api-keys', label: 'API keys', permission: 'api-keys:manage' },
  { to: '/admin/audit', label: 'Audit log', permission: 'audit:read' },
];

function navClass({ isActive }: { isActive: boolean }) {
  return isActive ? 'nav-link nav-link-active' : 'nav-link';
}

function NavItems({ items }: { items: NavItem[] }) {
  return (
    <>
      {items.map((item) => (
        <li key={item.to}>
          <NavLink to={item.to} end={item.end} className={navClass}>
            {item.label}
          </NavLink>
        </li>
      ))}
    </>
  );
}

/** Who is signed in, with the way to their account and out. */
function UserMenu() {
  const { data: user } = useCurrentUser();
  const queryClient = useQueryClient();
  const [signingOut, setSigningOut] = useState(false);
  if (!user) return null;
  return (
    <div className="user-menu">
      <p className="user-identity">
        <span className="visually-hidden">Signed in as </span>
        <span className="user-name">{user.displayName}</span>
        <span className="user-role">
          {roleLabel(user.role)}
          {user.memberName ? ` · ${user.memberName}` : ''}
        </span>
      </p>
      <NavLink to="/account" className="header-link">
        Account
      </NavLink>
      <button
        type="button"
        className="button button-header"
        disabled={signingOut}
        onClick={() => {
          setSigningOut(true);
          // The session ends here whatever the API answers; RequireSession then shows the sign-in page.
          void signOut().then(() => queryClient.removeQueries());
        }}
      >
        {signingOut ? 'Signing out…' : 'Sign out'}
      </button>
    </div>
  );
}

/** Header, navigation and the main landmark around every page. */
export function AppLayout() {
  const { pathname } = useLocation();
  const { data: user } = useCurrentUser();
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

  const allowed = (items: NavItem[]) => items.filter((item) => (!item.permission || can(user, item.permission)) && (!item.when || item.when(user)));
  const referenceData = allowed(referenceDataNav);
  const administration = allowed(administrationNav);

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
        <UserMenu />
      </header>
      <div className="app-body">
        <nav className="app-nav" aria-label="Main">
          <ul>
            <NavItems items={allowed(mainNav)} />
            {referenceData.length > 0 || administration.length > 0 ? (
              <li>
                <span className="nav-group" id="nav-administration">
                  Administration
                </span>
                <ul aria-labelledby="nav-administration">
                  {referenceData.length > 0 ? (
                    <li>
                      <span className="nav-subgroup" id="nav-reference-data">
                        Reference data
                      </span>
                      <ul aria-labelledby="nav-reference-data">
                        <NavItems items={referenceData} />
                      </ul>
                    </li>
                  ) : null}
                  <NavItems items={administration} />
                </ul>
              </li>
            ) : null}
          </ul>
        </nav>
        <main id="main-content" className="app-main" tabIndex={-1} ref={mainRef}>
          <Suspense fallback={<Loading label="Loading…" />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      <footer className="app-footer">
        <p>Rocb · capacity-building management for the WCO ROCB Asia/Pacific</p>
      </footer>
    </div>
  );
}
