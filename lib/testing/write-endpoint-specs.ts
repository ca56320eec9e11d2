// The write endpoints the fuzz test (lib/http/write-endpoints.fuzz.integration.test.ts) covers: for
// each POST, PATCH, PUT and DELETE handler under app/api, its route module, a valid target and body
// to corrupt, and the ids in them that can be made bad. The test checks this list against app/api.
// The specs live by entity in the files below; this list keeps the order the fuzz test has always run them in.
import { ARGUMENT_WRITE_ENDPOINTS } from "./argument-write-endpoints";
import { BOARD_WRITE_ENDPOINTS } from "./board-write-endpoints";
import { WORKSPACE_WRITE_ENDPOINTS } from "./workspace-write-endpoints";
import type { TEndpoint } from "./write-endpoint-types";

export { WRITE_METHODS, type TEndpoint, type TFixture, type TMethod, type TParams } from "./write-endpoint-types";

export const ENDPOINTS: TEndpoint[] = [...BOARD_WRITE_ENDPOINTS, ...ARGUMENT_WRITE_ENDPOINTS, ...WORKSPACE_WRITE_ENDPOINTS];
