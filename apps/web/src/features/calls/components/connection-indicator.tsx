export function ConnectionIndicator() {
  return null;
}
