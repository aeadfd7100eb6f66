/**
 * npm start: the Lambda handler served over local HTTP, by default on the embedded
 * default (seeds from the repo's seeds/ directory, DuckDB in memory) with the labelled
 * SAMPLE monitoring data loaded (SEEDS_SAMPLE=0 leaves it out); SEEDS_URL, S3_ENDPOINT
 * and DATABASE_URL point it elsewhere, exactly as in Lambda. The data is loaded before
 * the port opens, so a corrupted seeds directory stops start-up with a message naming
 * file, row and field, and nothing is served. A port that cannot be opened stops it
 * with one line naming PORT (or HOST).
 */
import { createServer } from 'node:http';
import { applyLocalServerDefaults, readConfig } from '../core/config.ts';
import { createJsonLogger } from '../core/logger.ts';
import { GRAPHQL_PATH } from './http/http-app.ts';
import { lambdaRequestListener } from './http-to-lambda.ts';

// Before the handler loads: it reads its configuration at module load.
applyLocalServerDefaults();
const config = readConfig();
const logger = createJsonLogger(undefined, config.logLevel);
const { handler, servingWarehouse } = await import('./graphql/handler.ts');

try {
  (await servingWarehouse.acquire()).release();
} catch (error) {
  process.stderr.write(`Start-up failed: ${(error as Error).message}\n`);
  process.exit(1);
}

const answer = lambdaRequestListener(handler, (error) => logger.log('error', 'local server error', { error: error.message, stack: error.stack }));
// Every path goes through the Lambda handler, which routes as it does behind API Gateway.
const server = createServer((request, response) => void answer(request, response));

server.once('error', (error: NodeJS.ErrnoException) => {
  process.stderr.write(`${listenFailure(error)}\n`);
  process.exit(1);
});

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.log('info', 'listening', {
    url: `http://${config.host}:${port}${GRAPHQL_PATH}`,
    explorer: `http://${config.host}:${port}/`,
    ...(config.includeSample ? { sampleData: 'SAMPLE (synthetic) monitoring data is loaded; SEEDS_SAMPLE=0 leaves it out' } : {}),
  });
});

/** One line a person can act on, naming the variable to change; anything unexpected keeps its message. */
function listenFailure(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `Port ${config.port} is in use; set PORT to another port (PORT=0 picks a free one)`;
    case 'EACCES':
      return `Port ${config.port} needs more privileges than this user has; set PORT to a port above 1023 (PORT=0 picks a free one)`;
    case 'EADDRNOTAVAIL':
      return `HOST ${config.host} is not an address of this machine; set HOST to one of its addresses (the default is 127.0.0.1)`;
    default:
      return `Cannot listen on ${config.host}:${config.port} (HOST, PORT): ${error.message}`;
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    void servingWarehouse.close().finally(() => process.exit(0));
  });
}
