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

/** tsc fails here, naming `Type.field`, when a field no map names does not fit the SDL (default-resolver-fit.ts); enum columns have their unions from the table specs (dataset/tables/). */
export const defaultFieldsFit: NoneOf<Misfits> = true;
