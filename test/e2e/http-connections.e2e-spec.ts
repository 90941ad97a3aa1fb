import { Agent, get } from 'node:http';
import type { Socket } from 'node:net';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

/** One GET on the agent's connection: its status, and the socket it went over. */
function fetchOver(agent: Agent, url: string): Promise<{ status: number; socket: Socket }> {
  return new Promise((resolve, reject) => {
    const request = get(url, { agent }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, socket: request.socket as Socket }));
    });
    request.on('error', reject);
  });
}

describe('HTTP connections', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ROLE: 'api' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('keeps an idle keep-alive connection open longer than the 5 s Node closes it after, so a client reusing it is never reset', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await fetchOver(agent, `${t.baseUrl}/api/health`);
      const closed = new Promise<boolean>((resolve) => first.socket.once('close', () => resolve(true)));
      // Idle past Node's default of 5 s, after which the server used to close the connection.
      const idle = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 6_000));
      expect(await Promise.race([closed, idle])).toBe(false);
      const second = await fetchOver(agent, `${t.baseUrl}/api/health`);
      expect([first.status, second.status, second.socket === first.socket]).toEqual([first.status, first.status, true]);
    } finally {
      agent.destroy();
    }
  });
});
