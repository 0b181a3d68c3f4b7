import type { TopicRef } from '@/lib/api/types';

/** A topic as the pickers need it: its package may be unknown (a topic the activity has but the list lacks). */
export interface TopicOption extends TopicRef {
  package: string;
}

export interface TopicGroup {
  package: string;
  label: string;
  topics: TopicOption[];
}

/** The WCO packages, in the order the WCO lists them. */
export const topicPackages = ['economic-competitiveness', 'revenue', 'compliance-enforcement', 'organizational-development', 'other'] as const;

export const topicPackageLabels: Record<string, string> = {
  'economic-competitiveness': 'Economic Competitiveness',
  revenue: 'Revenue',
  'compliance-enforcement': 'Compliance and Enforcement',
  'organizational-development': 'Organizational Development',
  other: 'Other',
  '': 'Not in the topic list',
};

export function topicPackageLabel(pkg: string): string {
  return topicPackageLabels[pkg] ?? pkg.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/**
 * Topics grouped by package (the WCO's order, any other package after, by name), each group by name.
 * `extra` topics (e.g. an activity's own) that are not in the list are added in a group of their own.
 */
export function groupTopics(topics: readonly TopicOption[], extra: readonly TopicRef[] = []): TopicGroup[] {
  const known = new Set(topics.map((t) => t.id));
  const all = [...topics, ...extra.filter((t) => !known.has(t.id)).map((t) => ({ ...t, package: '' }))];
  const byPackage = new Map<string, TopicOption[]>();
  for (const t of all) byPackage.set(t.package, [...(byPackage.get(t.package) ?? []), t]);
  const rank = (pkg: string) => {
    const i = (topicPackages as readonly string[]).indexOf(pkg);
    return i >= 0 ? i : pkg === '' ? topicPackages.length + 1 : topicPackages.length;
  };
  return [...byPackage.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([pkg, list]) => ({
      package: pkg,
      label: topicPackageLabel(pkg),
      topics: [...list].sort((a, b) => a.name.localeCompare(b.name)),
    }));
}
