/** What a refused sign-in or sign-up attempt for too many tries tells the person. */
export function tooManyAttemptsMessage(failure: { code?: string; message?: string }): string {
  // The account's backoff names its wait; the per-address limit lasts at most a minute.
  return failure.code === "TOO_MANY_ATTEMPTS" && failure.message ? failure.message : "Too many attempts. Wait a minute and try again.";
}
