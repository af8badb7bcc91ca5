import { describe, expect, it } from "vitest";
import { showsDeprecation } from "./deprecation-banner";

describe("the deprecation banner", () => {
  it("shows to everyone while the API version is deprecated", () => {
    expect(showsDeprecation({ deprecated: true }, false)).toBe(true);
  });

  it("stays away when the version is current, unknown, or dismissed", () => {
    expect(showsDeprecation({ deprecated: false }, false)).toBe(false);
    expect(showsDeprecation(undefined, false)).toBe(false);
    expect(showsDeprecation({ deprecated: true }, true)).toBe(false);
  });
});
