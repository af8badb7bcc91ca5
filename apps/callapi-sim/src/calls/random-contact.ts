import type { SeededRandom } from "../random";

/** A Russian mobile number that is none of the magic numbers and not blacklisted. */
export function randomContactNumber(random: SeededRandom, blacklist: readonly string[]): string {
  for (;;) {
    const number = `79${random.digits(9)}`;
    if (!/(000|486)$/.test(number) && !blacklist.includes(number)) return number;
  }
}
