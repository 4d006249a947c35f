/** Names seen once already, for DUPLICATE_NAME: one map lookup per row, so 100k rows stay linear. */
import { normalizeLabel } from "../sheet/text";

export class NameRegistry {
  private readonly seen = new Map<string, string>();

  /** Records the name at `where` ("Plan!B4"); returns where it was first seen when it is a repeat. */
  firstSeen(name: string, where: string): string | null {
    const key = normalizeLabel(name);
    const first = this.seen.get(key);
    if (first !== undefined) return first;
    this.seen.set(key, where);
    return null;
  }
}
