import { useNotifications } from "@mantine/notifications";
import { lazy, Suspense, useState } from "react";

// The notification container (and its transitions) loads with the first notification, not
// with the board: most page loads never show one.
const NotificationsContainer = lazy(() => import("./notifications-container"));

export function NotificationsHost() {
  const { notifications } = useNotifications();
  const [needed, setNeeded] = useState(false);
  if (!needed && notifications.length > 0) setNeeded(true);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <NotificationsContainer />
    </Suspense>
  );
}
