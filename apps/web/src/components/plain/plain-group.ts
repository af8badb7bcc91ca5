import type { CSSProperties } from "react";

/**
 * The CSS variables Mantine's `<Group>` sets on its element, for a plain element wearing
 * Mantine's group class (`m.group`): the same layout without the component.
 */
export function groupStyle({
  gap,
  align = "center",
  wrap = "nowrap",
}: {
  gap: "xs" | "sm" | "md" | "lg" | "xl";
  align?: CSSProperties["alignItems"];
  wrap?: "wrap" | "nowrap";
}): CSSProperties {
  return {
    "--group-gap": `var(--mantine-spacing-${gap})`,
    "--group-align": align,
    "--group-justify": "flex-start",
    "--group-wrap": wrap,
  } as CSSProperties;
}
