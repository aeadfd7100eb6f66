/**
 * A loopback HTTP reverse proxy that injects network faults between an SDK client and
 * a real upstream (s3rver), so deadline and retry code meets the failures real S3
 * produces: throttling statuses, bodies that stall or break mid-stream, corrupted bytes
 * and slow headers.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  | { kind: 'status'; status: number }
  | { kind: 'stall-body'; afterBytes: number }
  | { kind: 'cut-body'; afterBytes: number }
  | { kind: 'corrupt-body' }
  | { kind: 'delay-headers'; ms: number };

export interface FaultRule {
  method?: string;
  /** Matched against the request path, e.g. `/bucket/data/facts.json?x-id=GetObject`. */
  pathIncludes: string;
  fault: Fault;
  /** How many matching requests the rule applies to before it expires. */
  times: number;
}

export interface ProxiedRequest {
  method: string;
  path: string;
  fault?: Fault['kind'];
}

export interface FaultProxy {
  /** http://127.0.0.1:PORT */
  endpoint: string;
  addFault(rule: FaultRule): void;
  clearFaults(): void;
  /** Every request seen, in arrival order. */
  requests: ProxiedRequest[];
  /** Destroys open sockets (including stalled ones) so it never hangs. */
  close(): Promise<void>;
}

const ERROR_CODES: Record<number, string> = {
  400: 'BadRequest',
  403: 'AccessDenied',
  404: 'NoSuchKey',
  500: 'InternalError',
  503: 'SlowDown',
};

// Hop-by-hop headers describe one connection, not the message; Node sets its own.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'proxy-connection', 'upgrade']);

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const upstreamUrl = new URL(upstream);
  const rules: FaultRule[] = [];
  const requests: ProxiedRequest[] = [];

  function takeFault(method: string, path: string): Fault | undefined {
    const index = rules.findIndex(
      (rule) => (rule.method === undefined || rule.method.toUpperCase() === method) && path.includes(rule.pathIncludes),
    );
    const rule = rules[index];
    if (!rule) return undefined;
    rule.times -= 1;
    if (rule.times <= 0) rules.splice(index, 1);
    return rule.fault;
  }

  function forward(req: http.IncomingMessage, res: http.ServerResponse, fault: Fault | undefined): void {
    const upstreamReq = http.request(
      {
        protocol: upstreamUrl.protocol,
        hostname: upstreamUrl.hostname,
        port: upstreamUrl.port,
        method: req.method,
        path: req.url,
        // The Host header stays the proxy's: it is part of the SigV4 signature the client computed.
        headers: req.headers,
      },
      (upstreamRes) => {
        const headers = Object.fromEntries(Object.entries(upstreamRes.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.statusMessage, headers);
        if (fault === undefined || fault.kind === 'status' || fault.kind === 'delay-headers') {
          upstreamRes.pipe(res);
          return;
        }
        // The remaining faults rewrite the body; test objects are small, so read it whole.
        const chunks: Buffer[] = [];
        upstreamRes.on('data', (chunk: Buffer) => chunks.push(chunk));
        upstreamRes.on('end', () => {
          const body = Buffer.concat(chunks);
          if (fault.kind === 'corrupt-body') {
            const middle = Math.floor(body.length / 2);
            if (body.length > 0) body[middle] = (body[middle] ?? 0) ^ 0xff;
            res.end(body);
            return;
          }
          // Headers must reach the client even when afterBytes is 0.
          res.flushHeaders();
          const prefix = body.subarray(0, fault.afterBytes);
          if (fault.kind === 'cut-body') {
            res.write(prefix, () => res.destroy());
          } else if (prefix.length > 0) {
            res.write(prefix); // ...and never end: the stall lasts until the client or close() gives up.
          }
        });
      },
    );
    upstreamReq.on('error', () => res.destroy());
    // A client that left early (abort, stall cut short by close()) needs no upstream answer.
    res.on('close', () => {
      if (!res.writableFinished) upstreamReq.destroy();
    });
    req.pipe(upstreamReq);
  }

  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const fault = takeFault(method, path);
    requests.push(fault ? { method, path, fault: fault.kind } : { method, path });

    if (fault?.kind === 'status') {
      req.resume();
      const code = ERROR_CODES[fault.status] ?? 'InternalError';
      const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>Injected by fault-proxy</Message><RequestId>fault-proxy</RequestId></Error>`;
      res.writeHead(fault.status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(xml) });
      res.end(xml);
    } else if (fault?.kind === 'delay-headers') {
      const timer = setTimeout(() => forward(req, res, fault), fault.ms);
      res.on('close', () => clearTimeout(timer));
    } else {
      forward(req, res, fault);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    addFault(rule) {
      rules.push({ ...rule });
    },
    clearFaults() {
      rules.length = 0;
    },
    async close() {
      const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      // close() alone waits for every connection to end, and a stalled one never does.
      server.closeAllConnections();
      await closed;
    },
  };
}
