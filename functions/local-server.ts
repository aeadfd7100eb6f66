/**
 * npm start: the Lambda handler served over local HTTP, by default on the embedded
 * default (seeds from the repo's seeds/ directory, DuckDB in memory); SEEDS_URL,
 * S3_ENDPOINT and DATABASE_URL point it elsewhere, exactly as in Lambda. The data is loaded
 * before the port opens, so a corrupted seeds directory stops start-up with a
 * message naming file, row and field, and nothing is served.
 */
import { createServer } from 'node:http';
import { readConfig } from './config.ts';
import { handler, servingWarehouse } from './graphql/handler.ts';
import { GRAPHQL_PATH } from './http/http-app.ts';
import { lambdaRequestListener } from './http-to-lambda.ts';
import { createJsonLogger } from './logger.ts';

const config = readConfig();
const logger = createJsonLogger(undefined, config.logLevel);

try {
  (await servingWarehouse.acquire()).release();
} catch (error) {
  process.stderr.write(`Start-up failed: ${(error as Error).message}\n`);
  process.exit(1);
}

const answer = lambdaRequestListener(handler, (error) => logger.log('error', 'local server error', { error: error.message, stack: error.stack }));
// Every path goes through the Lambda handler, which routes as it does behind API Gateway.
const server = createServer((request, response) => void answer(request, response));

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.log('info', 'listening', { url: `http://${config.host}:${port}${GRAPHQL_PATH}`, explorer: `http://${config.host}:${port}/` });
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    void servingWarehouse.close().finally(() => process.exit(0));
  });
}
