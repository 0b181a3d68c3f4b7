import type { TopicRef } from '../api/types';

/** A topic of GET /api/topics (its package may be unknown for a topic a record has but the list lacks). */
export interface TopicOption extends TopicRef {
  package: string;
}

export interface TopicGroup {
  package: string;
  label: string;
  topics: TopicOption[];
}

/** The WCO packages, in the order the WCO lists them. */
const packages = ['economic-competitiveness', 'revenue', 'compliance-enforcement', 'organizational-development', 'other'];

const packageLabels: Record<string, string> = {
  'economic-competitiveness': 'Economic Competitiveness',
  revenue: 'Revenue',
  'compliance-enforcement': 'Compliance and Enforcement',
  'organizational-development': 'Organizational Development',
  other: 'Other',
  '': 'Not in the topic list',
};

const packageLabel = (pkg: string) => packageLabels[pkg] ?? pkg.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

/**
 * Topics grouped by package (the WCO's order, then any other package, then topics the list lacks), each group by name; with a
 * filter, only the topics whose code or name contains it (`keep`: topics always shown, e.g. those already chosen).
 */
export function groupTopics(
  topics: readonly TopicOption[],
  options: { extra?: readonly TopicRef[]; filter?: string; keep?: ReadonlySet<number> } = {},
): TopicGroup[] {
  const known = new Set(topics.map((t) => t.id));
  const needle = options.filter?.trim().toLowerCase() ?? '';
  const all = [...topics, ...(options.extra ?? []).filter((t) => !known.has(t.id)).map((t) => ({ ...t, package: '' }))].filter(
    (t) => !needle || options.keep?.has(t.id) || t.code.toLowerCase().includes(needle) || t.name.toLowerCase().includes(needle),
  );
  const byPackage = new Map<string, TopicOption[]>();
  for (const t of all) byPackage.set(t.package, [...(byPackage.get(t.package) ?? []), t]);
  const rank = (pkg: string) => {
    const i = packages.indexOf(pkg);
    return i >= 0 ? i : pkg === '' ? packages.length + 1 : packages.length;
  };
  return [...byPackage.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([pkg, list]) => ({ package: pkg, label: packageLabel(pkg), topics: [...list].sort((a, b) => a.name.localeCompare(b.name)) }));
}
