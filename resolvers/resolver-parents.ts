/**
 * Names for what some GraphQL objects are at run time where no module names it yet:
 * a codegen mapper (infra/resolver-types-codegen.ts, PARENT_TYPES) names one exported
 * type and cannot instantiate a generic one or take a function's return type.
 */
import type { FactRow, IndicatorRow, ProjectRow } from '../warehouse/tables.ts';
import type { servedDataset } from './dataset.resolvers.ts';
import type { Connection } from './pagination.ts';
import type { ObservationFact } from './progress-data.ts';
import type { SeriesPoint } from './progress/index.ts';

/** Fact.source: a plan fact, whose place columns are FactSource's fields (an observation has no quote, and no source). */
export type FactSourceParent = FactRow & { quote: string };

/** What Query.dataset serves: the version, its files as the caller may see them, and the refresh state. */
export type DatasetParent = ReturnType<typeof servedDataset>;

// Connections, not the SDL's shape: totalCount may be a thunk, counted only when selected.
export type FactConnectionParent = Connection<FactRow>;
export type IndicatorConnectionParent = Connection<IndicatorRow>;
export type ProjectConnectionParent = Connection<ProjectRow>;

/** A year of Indicator.series, with the observation (a fact) behind its value. */
export type SeriesPointParent = SeriesPoint<ObservationFact>;
