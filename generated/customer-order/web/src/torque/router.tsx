// A small client-side router (History API): exact routes with `:params`,
// links, navigation, back/forward. The generated app has a fixed, small set
// of routes, so a full routing library would only add weight to the bundle.

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type AnchorHTMLAttributes, type ReactNode, type Ref } from "react";

interface Location {
  readonly pathname: string;
  readonly search: string;
}

interface RouterState {
  readonly location: Location;
  navigate(to: string, options?: { replace?: boolean }): void;
}

const RouterContext = createContext<RouterState | null>(null);
const ParamsContext = createContext<Readonly<Record<string, string>>>({});

function current(): Location {
  return { pathname: window.location.pathname, search: window.location.search };
}

export function Router({ children }: { readonly children: ReactNode }) {
  const [location, setLocation] = useState<Location>(current);

  useEffect(() => {
    const onPop = () => setLocation(current());
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const navigate = useCallback((to: string, options?: { replace?: boolean }) => {
    const url = new URL(to, window.location.href);
    if (url.origin !== window.location.origin) {
      window.location.assign(url.href);
      return;
    }
    const target = `${url.pathname}${url.search}${url.hash}`;
    if (target === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (options?.replace) window.history.replaceState(null, "", target);
    else window.history.pushState(null, "", target);
    setLocation(current());
    window.scrollTo({ top: 0 });
  }, []);

  const value = useMemo(() => ({ location, navigate }), [location, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

function useRouter(): RouterState {
  const r = useContext(RouterContext);
  if (!r) throw new Error("useRouter outside <Router>");
  return r;
}

export function useLocation(): Location {
  return useRouter().location;
}

export function useNavigate(): RouterState["navigate"] {
  return useRouter().navigate;
}

/** Parameters of the matched route (`/orders/:id` → `{id}`). */
export function useParams(): Readonly<Record<string, string>> {
  return useContext(ParamsContext);
}

function segments(path: string): string[] {
  return path.split("/").filter((s) => s !== "");
}

/** Match `pathname` against a route pattern; params, or null. */
export function matchRoute(pattern: string, pathname: string): Record<string, string> | null {
  const p = segments(pattern);
  const s = segments(pathname);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const want = p[i] as string;
    const got = s[i] as string;
    if (want.startsWith(":")) {
      try {
        params[want.slice(1)] = decodeURIComponent(got);
      } catch {
        return null;
      }
    } else if (want !== got) return null;
  }
  return params;
}

export interface RouteDef {
  readonly path: string;
  readonly element: ReactNode;
}

/** Render the best matching route (static segments beat parameters), else `fallback`. */
export function Routes({ routes, fallback }: { readonly routes: readonly RouteDef[]; readonly fallback: ReactNode }) {
  const { pathname } = useLocation();
  let best: { route: RouteDef; params: Record<string, string>; score: number } | null = null;
  for (const route of routes) {
    const params = matchRoute(route.path, pathname);
    if (!params) continue;
    const score = segments(route.path).filter((x) => !x.startsWith(":")).length;
    if (!best || score > best.score) best = { route, params, score };
  }
  if (!best) return <>{fallback}</>;
  return (
    <ParamsContext.Provider value={best.params} key={best.route.path}>
      {best.route.element}
    </ParamsContext.Provider>
  );
}

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  readonly to: string;
  readonly ref?: Ref<HTMLAnchorElement>;
}

/** An anchor that navigates in-app on a plain left click. */
export function Link({ to, onClick, ref, ...rest }: LinkProps) {
  const navigate = useNavigate();
  return (
    <a
      {...rest}
      ref={ref}
      href={to}
      onClick={(e) => {
        onClick?.(e);
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || rest.target) return;
        e.preventDefault();
        navigate(to);
      }}
    />
  );
}
