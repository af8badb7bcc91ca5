/** Query parameters whose value is a credential whatever it is (`secret`, `secret[]`, `%73ecret`). */
const secretName = /^(secret|token|access_token|password|key)$/i;

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

/** Decoded again until it stops changing (a secret encoded twice is still the secret). */
function fullyDecoded(text: string): string {
  let current = text;
  for (let i = 0; i < 3; i++) {
    const next = decode(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * A URL fit for a log line. The webhook's secret may come in the query or the path (a CallGear
 * notification URL can carry it either way) and in any percent-encoding: each path segment and
 * query value is decoded before it is compared, and masked whole when it holds a known secret;
 * a query parameter named like a credential is masked whatever its value.
 */
export function maskUrlSecrets(url: unknown, secrets: readonly string[]): unknown {
  if (typeof url !== "string") return url;
  const known = secrets.filter((secret) => secret.length > 0);
  const holdsSecret = (raw: string) => {
    const plain = fullyDecoded(raw);
    return known.some((secret) => plain.includes(secret) || raw.includes(secret));
  };
  const hash = url.indexOf("#");
  const withoutHash = hash >= 0 ? url.slice(0, hash) : url;
  const question = withoutHash.indexOf("?");
  const path = question >= 0 ? withoutHash.slice(0, question) : withoutHash;
  const maskedPath = path
    .split("/")
    .map((segment) => (holdsSecret(segment) ? "[redacted]" : segment))
    .join("/");
  if (question < 0) return maskedPath;
  const maskedQuery = withoutHash
    .slice(question + 1)
    .split("&")
    .map((pair) => {
      const eq = pair.indexOf("=");
      const rawName = eq >= 0 ? pair.slice(0, eq) : pair;
      const name = fullyDecoded(rawName).replace(/\[.*\]$/, "");
      if (holdsSecret(rawName)) return "[redacted]";
      if (eq >= 0 && (secretName.test(name) || holdsSecret(pair.slice(eq + 1)))) {
        return `${rawName}=[redacted]`;
      }
      return pair;
    })
    .join("&");
  return `${maskedPath}?${maskedQuery}`;
}
