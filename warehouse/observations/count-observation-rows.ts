/** Moved to dataset/observations/count-observation-rows.ts (seeds:build and seeds:check count rows without the warehouse); kept for existing imports. */
export { countObservationRows } from '../../dataset/observations/count-observation-rows.ts';
