import "@mantine/core/styles/Notification.css";
import "@mantine/core/styles/Loader.css";
import "@mantine/notifications/styles.css";
import { Notifications } from "@mantine/notifications";

export default function NotificationsContainer() {
  return <Notifications position="top-right" limit={4} className="shell-notifications" />;
}
