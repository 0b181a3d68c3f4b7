/** The roles of Rocb users; a user has exactly one. */
export const roles = ['Administrator', 'Staff', 'MemberFocalPoint', 'Expert', 'Viewer'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  Administrator: 'Administrator',
  Staff: 'Staff',
  MemberFocalPoint: 'Member focal point',
  Expert: 'Expert',
  Viewer: 'Viewer',
};

export const roleDescriptions: Record<Role, string> = {
  Administrator: 'Users, API keys, the audit log and reference data, and everything else.',
  Staff: 'ROCB programme managers: plans, activities, experts and surveys.',
  MemberFocalPoint: "Bound to one Member administration: its own updates and survey responses.",
  Expert: 'Bound to one expert profile: its own profile, availability and invitations.',
  Viewer: 'Reads what is not personal or a draft.',
};

/** A role's label; an unknown role (added to the API later) shows as sent. */
export function roleLabel(role: string): string {
  return (roleLabels as Record<string, string>)[role] ?? role;
}
