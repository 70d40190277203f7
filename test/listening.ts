/**
 * The test harness listening on a real loopback port, for tests that need requests to
 * overlap (what the server answers while a big body is being read or checked): `inject`
 * runs one request at a time through the server without a socket.
 */
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startHarness, TEST_HOST, TEST_TOKEN, type Harness } from './harness.js';

export interface Answer {
  status: number;
  text: string;
  /** From sending to the end of the answer. */
  ms: number;
}

export interface Listening {
  h: Harness;
  /** One request over a real socket, with the Host and token the server expects. */
  send(method: string, path: string, body?: string, type?: string): Promise<Answer>;
  close(): Promise<void>;
}

export async function listeningHarness(): Promise<Listening> {
  const h = await startHarness();
  await h.app.listen({ host: '127.0.0.1', port: 0 });
  const port = (h.app.server.address() as AddressInfo).port;
  const send = (method: string, path: string, body?: string, type = 'application/json'): Promise<Answer> => {
    const started = performance.now();
    const headers: Record<string, string | number> = { host: TEST_HOST, authorization: `Bearer ${TEST_TOKEN}` };
    if (body !== undefined) Object.assign(headers, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text, ms: performance.now() - started }));
      });
      req.on('error', reject);
      req.end(body);
    });
  };
  return { h, send, close: () => h.close() };
}
