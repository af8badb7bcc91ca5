export function ShortcutsHelp() {
  return null;
}
