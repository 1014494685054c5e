/** A milestone of a project: planned for a date, done on a date (or not yet). */
export interface ProjectMilestoneDates {
  plannedDate: string;
  doneDate: string | null;
}

/** Milestones whose planned date has passed (before `today`) and that are not done. */
export function overdueMilestones<T extends ProjectMilestoneDates>(milestones: readonly T[], today: string): T[] {
  return milestones.filter((milestone) => milestone.doneDate === null && milestone.plannedDate < today);
}

/** Days between a milestone's planned date and `today` (positive when late). */
export function daysLate(plannedDate: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${plannedDate}T00:00:00Z`)) / 86_400_000);
}
