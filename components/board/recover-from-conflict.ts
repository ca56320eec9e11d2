import { ApiError } from "./api-error";

/**
 * Runs a versioned save. When a teammate saved first (409), the server sends
 * the current record: show it, then rethrow so the form shows the message.
 */
export async function recoverFromConflict<TSaved, TCurrent>(
  save: () => Promise<TSaved>,
  showCurrent: (current: TCurrent) => void,
): Promise<TSaved> {
  try {
    return await save();
  } catch (caught) {
    if (caught instanceof ApiError && caught.status === 409 && caught.body.current) {
      showCurrent(caught.body.current as TCurrent);
    }
    throw caught;
  }
}
