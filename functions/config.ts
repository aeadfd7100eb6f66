/**
 * The one module that reads process.env. Everything else receives a Config.
 * A bad value fails start-up with a message that names the variable.
 */
import path from 'node:path';
import { DEFAULT_SEEDS_DIR } from '../dataset/seeds-directory.ts';

export interface Config {
  /** Directory holding manifest.json and the files it lists. */
  seedsDir: string;
  /** Port of the local HTTP server. */
  port: number;
  /** Interface the local HTTP server binds to. */
  host: string;
}

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a whole number from 0 to 65535, got "${value}"`);
  return port;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  return Object.freeze({
    seedsDir: env.SEEDS_DIR ? path.resolve(env.SEEDS_DIR) : DEFAULT_SEEDS_DIR,
    port: readPort(env.PORT),
    host: env.HOST || '127.0.0.1',
  });
}
