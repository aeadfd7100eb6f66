/** What the header says about the served data: its version, and whether SAMPLE (synthetic) data is part of it. */
export interface DatasetInfo {
  version: string;
  includesSample: boolean;
}

export const DATASET_QUERY = '{ dataset { version includesSample } }';

/** Asks the GraphQL endpoint; undefined when it cannot answer (the page then says nothing about the data). */
export async function fetchDatasetInfo(graphqlUrl: URL): Promise<DatasetInfo | undefined> {
  try {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { accept: 'application/graphql-response+json, application/json;q=0.9', 'content-type': 'application/json' },
      body: JSON.stringify({ query: DATASET_QUERY }),
    });
    const body = (await response.json()) as { data?: { dataset?: DatasetInfo } };
    return body.data?.dataset ?? undefined;
  } catch {
    return undefined;
  }
}
