// The picker vocabulary from core (labels for every code). It holds no
// participant data, so it may outlive a lock.
import { api } from "./api";
import type { Choice, Vocabulary } from "./bindings";

class Vocab {
  value = $state<Vocabulary | null>(null);

  async load() {
    if (!this.value) this.value = await api.vocabulary();
    return this.value;
  }
}

export const vocab = new Vocab();

export function labelOf(choices: readonly Choice[] | undefined, code: string): string {
  return choices?.find((c) => c.code === code)?.label ?? code;
}
