/**
 * The explorer page: a header saying what this is (and whether SAMPLE data is served),
 * then GraphiQL against the `graphql` endpoint next to the page, with the example
 * operations as its first tabs under Chinese titles. Every URL is relative to the page
 * so the same build works at `/` locally and under an API Gateway stage prefix such as `/dev/`.
 */
import 'graphiql/style.css';
import './explorer-page.css';
import { GraphiQL } from 'graphiql';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { fetchDatasetInfo, type DatasetInfo } from './dataset-info.ts';
import { ExplorerHeader } from './explorer-header.tsx';
import { createGraphQLFetcher } from './graphql-fetcher.ts';
import { installMonacoWorkers } from './monaco-workers.ts';
import { installTabTitles } from './tab-titles.ts';
import { WordWrapEditors } from './word-wrap.tsx';

const NEW_TAB_QUERY = '# 在此输入 GraphQL 查询，Ctrl+Enter 执行。\n# Write a GraphQL query here; Ctrl+Enter runs it.\n\n';

installMonacoWorkers(EXPLORER_BUILD.workerScripts, import.meta.url);
installTabTitles(EXPLORER_BUILD.exampleTabs);

const graphqlUrl = new URL('graphql', location.href);
const fetcher = createGraphQLFetcher(graphqlUrl);
const defaultTabs = EXPLORER_BUILD.exampleTabs.map((tab) => ({ query: tab.document }));

function ExplorerPage() {
  const [dataset, setDataset] = useState<DatasetInfo | undefined>();
  useEffect(() => {
    void fetchDatasetInfo(graphqlUrl).then(setDataset);
  }, []);
  return (
    <div className="zmd-page">
      <ExplorerHeader dataset={dataset} graphqlUrl={graphqlUrl} />
      <main className="zmd-graphiql">
        <GraphiQL fetcher={fetcher} defaultTabs={defaultTabs} defaultQuery={NEW_TAB_QUERY}>
          <GraphiQL.Logo>
            <span className="zmd-endpoint" title="GraphQL 接口 / endpoint">{graphqlUrl.href}</span>
          </GraphiQL.Logo>
          <WordWrapEditors />
        </GraphiQL>
      </main>
    </div>
  );
}

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <ExplorerPage />
  </StrictMode>,
);
