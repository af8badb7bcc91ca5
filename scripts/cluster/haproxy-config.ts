/**
 * HAProxy in front of several BFF instances: round robin, health checks on GET /readyz (a
 * draining or broken instance gets no new requests), a request whose connection is refused
 * retried on another instance (`option redispatch`), and timeouts that let an SSE stream stay
 * open for hours (`timeout tunnel`; the BFF sends a heartbeat every 15 s). docs/deploy.md
 * explains each line.
 */
export function haproxyConfig(options: {
  port: number;
  backends: { name: string; port: number }[];
  host?: string;
}): string {
  const host = options.host ?? "127.0.0.1";
  const servers = options.backends
    .map((b) => `  server ${b.name} ${host}:${b.port} check inter 1s fall 2 rise 2`)
    .join("\n");
  return `global
  maxconn 4000

defaults
  mode http
  option redispatch
  retries 3
  timeout connect 2s
  timeout check 3s
  timeout client 60s
  timeout server 60s
  timeout tunnel 1h
  timeout http-keep-alive 10s

frontend callboard
  bind ${host}:${options.port}
  option forwardfor
  default_backend bff

backend bff
  balance roundrobin
  option httpchk GET /readyz
  http-check expect status 200
${servers}
`;
}
