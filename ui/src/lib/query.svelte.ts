// Data a screen shows, loaded once per key and loaded again only when a
// save changed it. A key names the resource, narrowest last:
// ["participant", id, "boundaries"]. A save invalidates the keys it
// changed by prefix (["participant", id] reloads everything about one
// person), so the screens that show other things keep what they have.
// Nothing is kept once no screen shows it: a lock, which unmounts every
// screen, leaves nothing behind.
import { untrack } from "svelte";
import { reportFailure } from "./failure.svelte";

export type QueryKey = readonly (string | number)[];

export interface Query<T> {
  /** The last answer; kept while a reload is under way, so the screen
   * doesn't flash empty. */
  readonly data: T | undefined;
  /** The peer's sentence for the last failed load, already reported. */
  readonly error: string | null;
  readonly loading: boolean;
  /** Loads again now (a longer page of the same resource). */
  reload(): Promise<void>;
}

const hash = (key: QueryKey) => JSON.stringify(key);

function startsWith(key: QueryKey, prefix: QueryKey): boolean {
  return prefix.length <= key.length && prefix.every((part, i) => key[i] === part);
}

class Entry<T> {
  data = $state.raw<T | undefined>(undefined);
  error = $state<string | null>(null);
  loading = $state(true);
  users = 0;
  // Only the newest load may answer: an older one finishing late would
  // show what was there before a save.
  private latest = 0;

  constructor(
    readonly key: QueryKey,
    public load: () => Promise<T>,
  ) {}

  async fetch(): Promise<void> {
    const mine = ++this.latest;
    this.loading = true;
    try {
      const data = await this.load();
      if (mine !== this.latest) return;
      this.data = data;
      this.error = null;
    } catch (e) {
      if (mine !== this.latest) return;
      this.error = reportFailure(e);
    } finally {
      if (mine === this.latest) this.loading = false;
    }
  }
}

/** The loaded resources by key, shared by every screen showing them. */
export class QueryCache {
  private entries = new Map<string, Entry<unknown>>();

  /** The entry for `key`, loading it when no one showed it yet. */
  acquire<T>(key: QueryKey, load: () => Promise<T>): Entry<T> {
    const id = hash(key);
    let entry = this.entries.get(id) as Entry<T> | undefined;
    if (!entry) {
      entry = new Entry(key, load);
      this.entries.set(id, entry as Entry<unknown>);
      void entry.fetch();
    } else {
      // The newest screen's loader: it reads the props that screen has now.
      entry.load = load;
    }
    entry.users += 1;
    return entry;
  }

  release(entry: Entry<unknown>) {
    entry.users -= 1;
    if (entry.users <= 0) this.entries.delete(hash(entry.key));
  }

  /** Loads again everything shown under any of `prefixes`; resolves when
   * all of it has answered. */
  invalidate(...prefixes: QueryKey[]): Promise<void> {
    const stale = [...this.entries.values()].filter((e) => prefixes.some((p) => startsWith(e.key, p)));
    return Promise.all(stale.map((e) => e.fetch())).then(() => undefined);
  }

  /** How many resources are held (for tests). */
  get size(): number {
    return this.entries.size;
  }
}

export const queries = new QueryCache();

/** Loads `load()` under `key()` for as long as the calling component is
 * mounted, again whenever the key changes (another participant) and
 * whenever a save invalidates it. Call it while the component is created. */
export function query<T>(key: () => QueryKey, load: () => Promise<T>, cache: QueryCache = queries): Query<T> {
  let current = $state<Entry<T> | null>(null);
  $effect.pre(() => {
    const k = key();
    const entry = untrack(() => cache.acquire(k, load));
    current = entry;
    return () => cache.release(entry as Entry<unknown>);
  });
  return {
    get data() {
      return current?.data;
    },
    get error() {
      return current?.error ?? null;
    },
    get loading() {
      return current?.loading ?? true;
    },
    reload() {
      return current ? current.fetch() : Promise.resolve();
    },
  };
}

/** Invalidates `prefixes` in the app's cache. */
export function invalidate(...prefixes: QueryKey[]): Promise<void> {
  return queries.invalidate(...prefixes);
}
