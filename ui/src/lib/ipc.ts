// The one path to the shell: every generated wrapper in api.ts calls
// `call`, so a rejection always arrives as an ApiError and a `locked`
// answer always reaches the app, whichever screen asked.
import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { CommandName, Events } from "./bindings";
import { toApiError } from "./errors";

let onLocked: (() => void) | null = null;

/** Called whenever a command answers `locked` (the shell locked itself). */
export function whenLocked(handler: () => void) {
  onLocked = handler;
}

export async function call<T>(cmd: CommandName, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    const err = toApiError(e);
    if (err.code === "locked") onLocked?.();
    throw err;
  }
}

/** Listens for one of the shell's events, with the payload it declares. */
export function onEvent<E extends keyof Events>(event: E, handler: (payload: Events[E]) => void): Promise<UnlistenFn> {
  return listen<Events[E]>(event, (e) => handler(e.payload));
}
