export function BoardPage() {
  return <div>Board</div>;
}
