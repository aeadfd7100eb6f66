/**
 * The explorer page: GraphiQL against the `graphql` endpoint next to the page, with
 * the example operations as its first tabs. Every URL is relative to the page so the
 * same build works at `/` locally and under an API Gateway stage prefix such as `/dev/`.
 */
import 'graphiql/style.css';
import './explorer-page.css';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createGraphQLFetcher } from './graphql-fetcher.ts';
import { installMonacoWorkers } from './monaco-workers.ts';

const NEW_TAB_QUERY = '# 在此输入 GraphQL 查询，Ctrl+Enter 执行。\n# Write a GraphQL query here; Ctrl+Enter runs it.\n\n';

installMonacoWorkers(EXPLORER_BUILD.workerScripts, import.meta.url);

const fetcher = createGraphQLFetcher(new URL('graphql', location.href));
const defaultTabs = EXPLORER_BUILD.exampleDocuments.map((query) => ({ query }));

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={defaultTabs} defaultQuery={NEW_TAB_QUERY} />
  </StrictMode>,
);
