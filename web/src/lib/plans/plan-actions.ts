import type { PlanDetail } from '@/lib/api/types';

export interface ActionOption {
  id: number;
  /** "1-a": pillar and action code, as the API writes them in messages. */
  code: string;
  text: string;
}

export interface PillarActions {
  number: number;
  title: string;
  actions: ActionOption[];
}

export interface PlanActions {
  planId: number;
  planCode: string;
  planTitle: string;
  startsOn: string;
  endsOn: string;
  pillars: PillarActions[];
}

/** Every plan's actions, grouped by plan (newest first) and pillar (in order), for choosing plan actions. */
export function groupPlanActions(plans: readonly PlanDetail[]): PlanActions[] {
  return [...plans]
    .sort((a, b) => b.startsOn.localeCompare(a.startsOn) || b.id - a.id)
    .map((plan) => ({
      planId: plan.id,
      planCode: plan.code,
      planTitle: plan.title,
      startsOn: plan.startsOn,
      endsOn: plan.endsOn,
      pillars: [...plan.pillars]
        .sort((a, b) => a.number - b.number)
        .filter((p) => p.actions.length > 0)
        .map((pillar) => ({
          number: pillar.number,
          title: pillar.title,
          actions: pillar.actions.map((a) => ({ id: a.id, code: `${pillar.number}-${a.code}`, text: a.text })),
        })),
    }))
    .filter((plan) => plan.pillars.length > 0);
}
