import type { CurrentUser, Member, SubRegion } from '@/lib/api/types';

export const subRegions: SubRegion[] = [
  { id: 1, code: 'ECWA', name: 'East, Central and West Asia', regionCode: 'AP', programmeManager: 'Ms A. Manager', source: null, memberCount: 2, version: '11' },
  { id: 2, code: 'PI', name: 'Pacific Islands', regionCode: 'AP', programmeManager: null, source: null, memberCount: 1, version: '12' },
  { id: 3, code: 'SEA', name: 'Southeast Asia', regionCode: 'AP', programmeManager: 'Mr B. Manager', source: null, memberCount: 1, version: '13' },
];

function member(id: number, code: string, name: string, subRegion: SubRegion, extra: Partial<Member> = {}): Member {
  return {
    id,
    code,
    name,
    regionCode: 'AP',
    subRegionId: subRegion.id,
    subRegionCode: subRegion.code,
    subRegionName: subRegion.name,
    joinedOn: null,
    leftOn: null,
    isCbRecipient: true,
    isDonor: false,
    isSmallIslandEconomy: false,
    isRtcHost: false,
    source: null,
    version: '100',
    ...extra,
  };
}

const [ecwa, pi, sea] = subRegions as [SubRegion, SubRegion, SubRegion];

export const afghanistan = member(1, 'AF', 'Afghanistan', ecwa);
export const china = member(2, 'CN', 'China', ecwa, { isDonor: true, isRtcHost: true, isCbRecipient: false });
export const fiji = member(3, 'FJ', 'Fiji', pi, { isSmallIslandEconomy: true, isRtcHost: true });
export const thailand = member(4, 'TH', 'Thailand', sea, { joinedOn: '1972-07-01', version: '7' });

export const members: Member[] = [afghanistan, china, fiji, thailand];

const allPermissions = [
  'signed-in',
  'reference-data:read',
  'reference-data:write',
  'focal-points:read',
  'users:manage',
  'api-keys:manage',
  'audit:read',
  'plans:read',
  'plans:write',
  'milestones:submit',
  'milestones:review',
  'activities:read',
  'activities:write',
  'participants:read',
  'experts:read',
  'experts:profile',
  'experts:write',
  'deployments:manage',
  'deployments:answer',
  'matching:configure',
  'needs:read',
  'needs:respond',
  'needs:manage',
  'needs:analyse',
  'needs:plan',
  'needs:configure',
];

export const adminUser: CurrentUser = {
  id: '00000000-0000-7000-8000-000000000001',
  email: 'admin@rocb.test',
  displayName: 'Ada Admin',
  role: 'Administrator',
  memberId: null,
  memberCode: null,
  memberName: null,
  expertId: null,
  permissions: allPermissions,
};

export const viewerUser: CurrentUser = {
  id: '00000000-0000-7000-8000-000000000002',
  email: 'viewer@rocb.test',
  displayName: 'Vic Viewer',
  role: 'Viewer',
  memberId: null,
  memberCode: null,
  memberName: null,
  expertId: null,
  permissions: ['signed-in', 'reference-data:read', 'plans:read', 'activities:read', 'needs:read', 'needs:analyse'],
};

export const focalPointUser: CurrentUser = {
  id: '00000000-0000-7000-8000-000000000003',
  email: 'focal@customs.go.th',
  displayName: 'Fay Focal',
  role: 'MemberFocalPoint',
  memberId: 4,
  memberCode: 'TH',
  memberName: 'Thailand',
  expertId: null,
  permissions: [
    'signed-in',
    'reference-data:read',
    'focal-points:read',
    'plans:read',
    'milestones:submit',
    'activities:read',
    'participants:read',
    'needs:read',
    'needs:respond',
  ],
};

export const staffUser: CurrentUser = {
  id: '00000000-0000-7000-8000-000000000004',
  email: 'staff@rocb.test',
  displayName: 'Sam Staff',
  role: 'Staff',
  memberId: null,
  memberCode: null,
  memberName: null,
  expertId: null,
  permissions: [
    'signed-in',
    'reference-data:read',
    'focal-points:read',
    'plans:read',
    'plans:write',
    'milestones:submit',
    'milestones:review',
    'activities:read',
    'activities:write',
    'participants:read',
  ],
};
