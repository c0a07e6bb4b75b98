// All capabilities, by layer and by tag.
import type { Layer } from '../shared/taxonomy';
import type { Capability } from './capability';
import { applicationCapabilities } from './capabilities-application';
import { basicCapabilities } from './capabilities-basic';
import { technologyCapabilities } from './capabilities-technology';

export const CAPABILITIES_BY_LAYER: Record<Layer, Capability[]> = {
  basic: basicCapabilities,
  technology: technologyCapabilities,
  application: applicationCapabilities,
};

const byTag = new Map(Object.values(CAPABILITIES_BY_LAYER).flat().map((c) => [c.tag, c]));

/** Looks a capability up by its tag; anchors name theirs by tag. */
export function capability(tag: string): Capability {
  const found = byTag.get(tag);
  if (!found) throw new Error(`unknown capability tag: ${tag}`);
  return found;
}
