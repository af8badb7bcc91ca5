import { hasRole, type Role } from "@callboard/contract";
import { useEffect, useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import { MissedNavCount } from "../features/missed-calls/nav-count";
import { useT } from "../lib/i18n";
import { appDict } from "./i18n";
import { pageRoutes } from "./routes";

/** Above this many links the row needs a wide window; below it the links fold sooner (app.css). */
const LONG_NAV = 5;

/**
 * The main navigation: a row of links on wide windows; on narrow ones (app.css) a "Menu" button
 * that opens them as a list, closed again by Escape (focus back on the button), a link or a
 * click elsewhere.
 */
export function HeaderNav({ role }: { role: Role }) {
  const t = useT(appDict);
  const [location] = useLocation();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const routes = pageRoutes.filter((route) => hasRole(role, route.minRole));

  // A followed link closes the list.
  // biome-ignore lint/correctness/useExhaustiveDependencies: close whenever the location changes.
  useEffect(() => setOpen(false), [location]);

  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      event.preventDefault();
      setOpen(false);
      toggleRef.current?.focus();
    }
    function onPointerDown(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open]);

  return (
    <nav
      ref={rootRef}
      aria-label={t("mainNav")}
      className="shell-nav-root"
      data-size={routes.length > LONG_NAV ? "long" : "short"}
    >
      <button
        ref={toggleRef}
        type="button"
        className="shell-menu-toggle"
        aria-expanded={open}
        aria-controls="shell-nav"
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">☰</span> {t("menu")}
      </button>
      <ul id="shell-nav" className="shell-nav" data-open={open || undefined}>
        {routes.map((route) => (
          <li key={route.path}>
            <Link
              href={route.path}
              className="shell-nav-link"
              aria-current={location === route.path ? "page" : undefined}
            >
              {t(route.navKey)}
              {route.path === "/missed" && (
                <MissedNavCount label={(count) => t("navMissedCount", { count })} />
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
