import "server-only";
import { LOCAL_OWNER, type TActor } from "../data/actor";

/**
 * Who the current request acts as. Until accounts exist every request acts as
 * the install's local owner; sign-in will put the member's roles here.
 */
export async function getRequestActor(): Promise<TActor> {
  return LOCAL_OWNER;
}
