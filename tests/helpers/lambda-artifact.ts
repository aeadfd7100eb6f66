/**
 * The Lambda artifact as CI sees it: packaged offline with `npm run lambda:package`,
 * read back from the CloudFormation template osls wrote, unzipped with unzip(1),
 * and made runnable on this machine.
 */
import { spawn } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../infra/lambda-bundle/lambda-layout.ts';

/**
 * Packaging must work on a CI runner with no AWS account: no credentials, no
 * profile, no instance metadata, and nothing from the framework phoning home.
 * SLS_* switch off what Serverless Framework v3/v4 would otherwise send or ask;
 * osls has none of it, they are here so swapping in `serverless` stays offline too.
 */
export const OFFLINE_PACKAGING_ENV: Readonly<Record<string, string>> = {
  SLS_TELEMETRY_DISABLED: '1',
  SLS_TRACKING_DISABLED: '1',
  SLS_NOTIFICATIONS_MODE: 'off',
  SLS_INTERACTIVE_SETUP_DISABLE: '1',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_CONFIG_FILE: path.join(PROJECT_ROOT, '.build', 'no-aws-config'),
  AWS_SHARED_CREDENTIALS_FILE: path.join(PROJECT_ROOT, '.build', 'no-aws-credentials'),
};

/** This environment without any AWS credentials or profile, plus OFFLINE_PACKAGING_ENV. */
export function offlinePackagingEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(base).filter(([name]) => !name.startsWith('AWS_')));
  return { ...env, ...OFFLINE_PACKAGING_ENV };
}

export interface CommandResult {
  ms: number;
  output: string;
}

/** Runs a command to completion within `timeoutMs`; rejects with its output on failure. */
export function runCommand(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number }): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? PROJECT_ROOT, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], timeout: options.timeoutMs, killSignal: 'SIGKILL' });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve({ ms: performance.now() - started, output });
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ? `killed by ${signal}; limit ${options.timeoutMs} ms` : `exit ${code}`}):\n${output.slice(-8000)}`));
    });
  });
}

/** `npm run lambda:package` as CI runs it: offline, without credentials. */
export function packageLambda(timeoutMs: number): Promise<CommandResult> {
  return runCommand('npm', ['run', 'lambda:package'], { env: offlinePackagingEnv(), timeoutMs });
}

export interface PackagedFunction {
  logicalId: string;
  handler: string;
  runtime: string;
  architectures: string[];
  memorySize: number;
  timeout: number;
  /** As in the template: values may still be CloudFormation intrinsics. */
  environment: Record<string, unknown>;
  /** The S3 key osls will upload the artifact to. */
  codeS3Key: string;
  /** The HTTP API's route keys, e.g. "POST /graphql". */
  routes: string[];
  /** The statements of the function role's inline policy. */
  iamStatements: { Effect: string; Action: string[]; Resource: unknown[] }[];
}

interface TemplateResource {
  Type: string;
  Properties: Record<string, unknown>;
}

/** The function as `osls package` wrote it into .serverless/. */
export async function readPackagedFunction(serverlessDir = path.join(PROJECT_ROOT, '.serverless')): Promise<PackagedFunction> {
  const template = JSON.parse(await readFile(path.join(serverlessDir, 'cloudformation-template-update-stack.json'), 'utf8')) as { Resources: Record<string, TemplateResource> };
  const resources = Object.entries(template.Resources);
  const functions = resources.filter(([, resource]) => resource.Type === 'AWS::Lambda::Function');
  if (functions.length !== 1) throw new Error(`expected one Lambda function in the template, found ${functions.length}`);
  const [logicalId, { Properties: fn }] = functions[0]!;
  const role = resources.find(([, resource]) => resource.Type === 'AWS::IAM::Role')?.[1];
  const policies = (role?.Properties.Policies ?? []) as { PolicyDocument: { Statement: PackagedFunction['iamStatements'] } }[];
  return {
    logicalId,
    handler: fn.Handler as string,
    runtime: fn.Runtime as string,
    architectures: fn.Architectures as string[],
    memorySize: fn.MemorySize as number,
    timeout: fn.Timeout as number,
    environment: (fn.Environment as { Variables: Record<string, unknown> } | undefined)?.Variables ?? {},
    codeS3Key: (fn.Code as { S3Key: string }).S3Key,
    routes: resources.filter(([, resource]) => resource.Type === 'AWS::ApiGatewayV2::Route').map(([, resource]) => resource.Properties.RouteKey as string).sort(),
    iamStatements: policies.flatMap((policy) => policy.PolicyDocument.Statement),
  };
}

/** The archive's file names, as unzip(1) lists them. */
export async function listZipEntries(zip: string): Promise<string[]> {
  const { output } = await runCommand('unzip', ['-Z1', zip], { timeoutMs: 30_000 });
  return output.split('\n').filter(Boolean);
}

export async function unzipArtifact(zip: string, dir: string): Promise<void> {
  await runCommand('unzip', ['-q', zip, '-d', dir], { timeoutMs: 60_000 });
}

/**
 * The artifact carries DuckDB's linux-arm64 binding, which this x64 machine cannot
 * execute. To run the packaged handler here anyway, the host's own binding is put
 * beside it: @duckdb/node-bindings picks the package for process.platform/arch at
 * load time, so everything else (the bundle, node-api, node-bindings, the runtime
 * files) is exactly what ships. The versions must agree, which this checks.
 */
export async function addHostDuckdbBinding(taskRoot: string): Promise<string> {
  const name = `@duckdb/node-bindings-${process.platform}-${process.arch}`;
  const hostBinding = path.join(PROJECT_ROOT, 'node_modules', name);
  const packagedBindings = path.join(taskRoot, 'node_modules', '@duckdb', 'node-bindings');
  const [{ version: hostVersion }, { version: packagedVersion }] = await Promise.all([
    readFile(path.join(hostBinding, 'package.json'), 'utf8').then(JSON.parse),
    readFile(path.join(packagedBindings, 'package.json'), 'utf8').then(JSON.parse),
  ]) as [{ version: string }, { version: string }];
  if (hostVersion !== packagedVersion) throw new Error(`host ${name} is ${hostVersion}, the artifact's @duckdb/node-bindings ${packagedVersion}`);
  await cp(hostBinding, path.join(taskRoot, 'node_modules', name), { recursive: true });
  return name;
}

/** The variables Lambda's nodejs24.x runtime sets itself, for a function deployed as `fn`. */
export function lambdaRuntimeEnv(fn: PackagedFunction, taskRoot: string, region: string): Record<string, string> {
  return {
    PATH: '/usr/local/bin:/usr/bin:/bin',
    LANG: 'en_US.UTF-8',
    TZ: ':UTC',
    LAMBDA_TASK_ROOT: taskRoot,
    AWS_EXECUTION_ENV: `AWS_Lambda_${fn.runtime}`,
    AWS_LAMBDA_FUNCTION_NAME: 'zmd-plan-graphql-dev-graphql',
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memorySize),
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
  };
}
