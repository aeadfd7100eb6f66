/**
 * What the build knows and the page needs: the hashed names of the Monaco workers and
 * the example operations. build-explorer.ts inlines one value of this shape as the
 * global EXPLORER_BUILD, so the page needs no second request to start.
 */
export interface ExplorerBuildConstants {
  /** Worker script names relative to the app script, which sits next to them. */
  workerScripts: MonacoWorkerScripts;
  /** The example operations, most asked-for first: GraphiQL's tabs on a first visit. */
  exampleTabs: ExampleTab[];
}

export interface ExampleTab {
  /** The example file exactly as clients send it (its hash is a persisted operation). */
  document: string;
  /** The operation name inside it; GraphiQL titles the tab with it. */
  operationName: string;
  /** What the tab shows instead: a short Chinese title. */
  title: string;
}

export interface MonacoWorkerScripts {
  /** Monaco's base worker, for every language without its own. */
  editor: string;
  json: string;
  graphql: string;
}

declare global {
  const EXPLORER_BUILD: ExplorerBuildConstants;
}
