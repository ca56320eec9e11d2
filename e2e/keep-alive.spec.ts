import { expect, test } from "@playwright/test";
import { Agent, request as httpRequest } from "node:http";
import type { Socket } from "node:net";

// A client that reuses an idle connection the server is closing at that moment gets a reset instead of an answer
// (CI lost a test's request that way: Playwright's own client keeps connections open and doesn't retry). The server
// keeps idle connections open 65 s, longer than the proxies in front of it; Node's default closes them after 6.
const NODE_DEFAULT_IDLE_CLOSE_MS = 6_000;

function get(url: URL, agent: Agent) {
  return new Promise<{ status: number; keepAlive: string | string[] | undefined; socket: Socket }>((resolve, reject) => {
    const sent = httpRequest(url, { agent }, (response) => {
      // The response lets go of its socket once it ends, back to the agent's pool.
      const socket = response.socket;
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode!, keepAlive: response.headers["keep-alive"], socket }));
    });
    sent.on("error", reject);
    sent.end();
  });
}

test("an idle connection stays open past Node's default, so a client reusing it gets its answer", async ({ baseURL }) => {
  test.setTimeout(30_000);
  const agent = new Agent({ keepAlive: true });
  try {
    const url = new URL("/api/boards", baseURL);
    const first = await get(url, agent);
    expect(first.status).toBeLessThan(500);
    expect(first.keepAlive).toBe("timeout=65");

    await new Promise((resolve) => setTimeout(resolve, NODE_DEFAULT_IDLE_CLOSE_MS + 1_500));
    expect(first.socket.destroyed).toBe(false);
    const second = await get(url, agent);
    expect(second.status).toBeLessThan(500);
    expect(second.socket).toBe(first.socket);
  } finally {
    agent.destroy();
  }
});
