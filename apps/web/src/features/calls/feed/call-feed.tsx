export function CallFeed() {
  return null;
}
