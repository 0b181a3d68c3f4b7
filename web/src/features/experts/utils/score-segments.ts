import type { ScorePart } from '../api/types';

export interface ScoreSegment {
  name: string;
  points: number;
  /** Where the segment starts and how wide it is, in percent of the maximum score. */
  offsetPercent: number;
  widthPercent: number;
  explanation: string;
  /** A stable index for the segment's colour (by part name, so a part has the same colour in every bar). */
  colorIndex: number;
}

/** The score parts in the order the API names them; their colour follows this list. */
export const scorePartOrder = ['topic', 'accreditation', 'language', 'availability', 'region', 'workload', 'appraisal'];

function colorIndexOf(name: string): number {
  const key = name.toLowerCase();
  const i = scorePartOrder.findIndex((part) => key.startsWith(part));
  return i >= 0 ? i : scorePartOrder.length;
}

/**
 * A match's score parts as segments of a stacked bar on a scale of `maxScore`: parts with no points are left out,
 * negative points count as none, and the bar never runs past 100 %.
 */
export function scoreSegments(parts: ScorePart[], maxScore: number): ScoreSegment[] {
  const scale = maxScore > 0 ? maxScore : parts.reduce((sum, p) => sum + Math.max(0, p.points), 0);
  if (scale <= 0) return [];
  const segments: ScoreSegment[] = [];
  let offset = 0;
  for (const part of parts) {
    const points = Math.max(0, part.points);
    if (points === 0) continue;
    const width = Math.min((points / scale) * 100, 100 - offset);
    if (width <= 0) break;
    segments.push({ name: part.name, points: part.points, offsetPercent: offset, widthPercent: width, explanation: part.explanation, colorIndex: colorIndexOf(part.name) });
    offset += width;
  }
  return segments;
}

/** "Topic fit" from "topic-fit" or "topicFit", for headings of parts the API names in code form. */
export function partLabel(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
