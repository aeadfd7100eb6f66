/** All resolvers, one map per domain. */
import { aggregateResolvers } from './aggregate.resolvers.ts';
import { datasetResolvers } from './dataset.resolvers.ts';
import type { DefaultResolverMisfits, NoneOf } from './default-resolver-fit.ts';
import { factResolvers } from './fact.resolvers.ts';
import { indicatorResolvers } from './indicator.resolvers.ts';
import { nodeResolvers } from './node.resolvers.ts';
import { planResolvers } from './plan.resolvers.ts';
import { progressResolvers } from './progress.resolvers.ts';
import { projectResolvers } from './project.resolvers.ts';
import { regionResolvers } from './region.resolvers.ts';
import { searchResolvers } from './search.resolvers.ts';

export const resolvers = [planResolvers, projectResolvers, indicatorResolvers, factResolvers, regionResolvers, datasetResolvers, aggregateResolvers, searchResolvers, progressResolvers, nodeResolvers];

type Misfits = DefaultResolverMisfits<(typeof resolvers)[number]>;

/**
 * Enum columns the warehouse still types as string, which cannot fit their SDL enums
 * until the table specs give them their unions (issue 14, item 1); every other field
 * left to the default resolver is checked meanwhile.
 */
type AwaitingEnumColumns =
  | 'AggregateRow.category' | 'AggregateRow.kind' | 'AggregateRow.provenance' | 'Box.kind'
  | 'Fact.comparator' | 'Fact.kind' | 'Fact.provenance'
  | 'Indicator.attribute' | 'Indicator.category' | 'Indicator.direction' | 'Region.level';

/** tsc fails here, naming `Type.field`, when a field no map names does not fit the SDL (default-resolver-fit.ts). */
export const defaultFieldsFit: NoneOf<Exclude<Misfits, AwaitingEnumColumns>> = true;
/** Fails once a listed column gets its union: take it off the list. */
export const awaitingEnumColumnsStillMisfit: NoneOf<Exclude<AwaitingEnumColumns, Misfits>> = true;
