import type { CurrentUser } from '@/lib/api/types';
import { hasPermission } from './utils/labels';

/** The navigation entries of the expert pages, each shown only to those who may use it. */
export const expertNavItems: { to: string; label: string; when: (user: CurrentUser | undefined) => boolean }[] = [
  { to: '/experts', label: 'Experts', when: (u) => hasPermission(u, 'experts:read') },
  { to: '/expert-requests', label: 'Expert requests', when: (u) => hasPermission(u, 'deployments:manage') },
  { to: '/deployments', label: 'Deployments', when: (u) => hasPermission(u, 'deployments:manage') },
  { to: '/donor-requests', label: 'Donor requests', when: (u) => hasPermission(u, 'deployments:manage') },
  { to: '/my-expert-page', label: 'My expert page', when: (u) => u?.expertId != null },
];
