// The one way a failed load or save reaches the peer: a sentence the shell
// shows at the top of the screen in an alert (so a screen reader says it
// at once), until it is dismissed, the peer moves to another screen, or
// the app locks. Forms put a field's problem beside the field instead;
// everything else comes here, so no failure is silent.
import { friendly, toApiError } from "./errors";

class Failure {
  message = $state("");

  clear() {
    this.message = "";
  }
}

export const failure = new Failure();

/** Shows what went wrong; returns the sentence shown. `locked` is not
 * shown: the lock screen that follows already says it. */
export function reportFailure(e: unknown): string {
  const err = toApiError(e);
  const message = friendly(err);
  if (err.code !== "locked") failure.message = message;
  return message;
}

/** Runs a save that has no form of its own to show its problem (a delete,
 * a follow-up marked done); true when it worked. */
export async function attempt(save: () => Promise<unknown>): Promise<boolean> {
  try {
    await save();
    return true;
  } catch (e) {
    reportFailure(e);
    return false;
  }
}
