// The application shell: Mantine provider, navigation, routes, live socket
// indicator, sign-in for apps with roles, and live reload.

import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import "./torque.css";

import {
  ActionIcon,
  AppShell,
  Badge,
  Box,
  Burger,
  Button,
  createTheme,
  Group,
  MantineProvider,
  Modal,
  NavLink,
  PasswordInput,
  ScrollArea,
  Stack,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
  useComputedColorScheme,
  useMantineColorScheme,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Notifications, notifications } from "@mantine/notifications";
import IconFile from "@tabler/icons-react/icons/IconFile";
import IconLogout from "@tabler/icons-react/icons/IconLogout";
import IconMoon from "@tabler/icons-react/icons/IconMoon";
import IconSun from "@tabler/icons-react/icons/IconSun";
import { useEffect, useState, type FormEvent } from "react";
import { AccessProvider, useAccess } from "./access";
import { AppContext, useApp } from "./context";
import { setEntityMetas } from "./labels";
import { live, useLiveReload, useLiveState } from "./live";
import { Link, Router, Routes, useLocation, useNavigate } from "./router";
import { checkToken, getToken, onUnauthorized, setToken } from "./rpc";
import type { AppConfig } from "./types";

const theme = createTheme({
  primaryColor: "indigo",
  // Shade 8 in light mode: white on filled buttons and links on white (also on striped rows)
  // stay above WCAG AA's 4.5:1 (shade 6 is ~4.1:1); axe checks it in tests/web/test_accessibility.py.
  primaryShade: { light: 8, dark: 8 },
  components: {
    // Mantine's close button has no text: give it a name for screen readers.
    Modal: { defaultProps: { closeButtonProps: { "aria-label": "Close" } } },
  },
  defaultRadius: "md",
  fontFamily:
    "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  headings: { fontWeight: "650" },
});

function LiveIndicator() {
  const state = useLiveState();
  const label =
    state === "open" ? "Live" : state === "signedOut" ? "Signed out" : state === "connecting" || state === "idle" ? "Connecting" : "Offline";
  const color = state === "open" ? "teal" : state === "closed" ? "red" : "gray";
  const tip =
    state === "open" ? "Changes by others appear automatically" : state === "signedOut" ? "Sign in to see live updates" : "Reconnecting to live updates…";
  return (
    <Tooltip label={tip}>
      <Badge variant="dot" color={color} size="md" data-live={state} visibleFrom="xs">
        {label}
      </Badge>
    </Tooltip>
  );
}

function ColorSchemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme("light");
  return (
    <ActionIcon
      variant="default"
      size="lg"
      aria-label={computed === "dark" ? "Switch to light theme" : "Switch to dark theme"}
      onClick={() => setColorScheme(computed === "dark" ? "light" : "dark")}
    >
      {computed === "dark" ? <IconSun size={18} stroke={1.6} /> : <IconMoon size={18} stroke={1.6} />}
    </ActionIcon>
  );
}

function SignIn() {
  const app = useApp();
  const [opened, setOpened] = useState(false);
  const [token, setTokenInput] = useState("");
  const [hasToken, setHasToken] = useState(() => getToken() !== null);
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  useEffect(
    () =>
      onUnauthorized(() => {
        if (getToken() !== null) {
          // The saved token is no longer accepted: forget it and say so.
          setToken(null);
          setHasToken(false);
          setError("Your saved access token was not accepted. Sign in again.");
        }
        setOpened(true);
      }),
    [],
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const candidate = token.trim();
    if (!candidate) {
      setError("Enter an access token.");
      return;
    }
    // Check the token before keeping it: a refused one stays in the dialog with an explanation.
    setChecking(true);
    let refused: string | null;
    try {
      refused = await checkToken(candidate);
    } finally {
      setChecking(false);
    }
    if (refused !== null) {
      setError(refused);
      return;
    }
    setToken(candidate);
    setHasToken(true);
    setError(null);
    setOpened(false);
    live.restart();
    window.location.reload();
  };

  if (!app.auth) return null;
  return (
    <>
      {hasToken ? (
        <Tooltip label="Sign out">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label="Sign out"
            onClick={() => {
              setToken(null);
              window.location.reload();
            }}
          >
            <IconLogout size={18} stroke={1.6} />
          </ActionIcon>
        </Tooltip>
      ) : (
        <Button variant="default" size="xs" onClick={() => setOpened(true)}>
          Sign in
        </Button>
      )}
      <Modal opened={opened} onClose={() => setOpened(false)} title={`Sign in to ${app.title}`} centered>
        <form onSubmit={(e) => void submit(e)}>
          <Stack>
            <Text size="sm" c="dimmed">
              This application needs an access token. Ask your administrator for one.
            </Text>
            <PasswordInput
              label="Access token"
              value={token}
              onChange={(e) => {
                setTokenInput(e.currentTarget.value);
                setError(null);
              }}
              error={error}
              aria-invalid={error !== null}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button type="submit" loading={checking}>
                Sign in
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function NotFound() {
  const app = useApp();
  const navigate = useNavigate();
  useEffect(() => {
    document.title = `Not found · ${app.title}`;
  }, [app.title]);
  return (
    <Stack align="center" py={80} gap="sm">
      <Title order={2}>Page not found</Title>
      <Text c="dimmed">There is no page at this address.</Text>
      <Button variant="light" onClick={() => navigate(app.pages[0]?.route.replace(/:[^/]+/g, "") ?? "/")}>
        Go to {app.pages[0]?.title ?? "the start page"}
      </Button>
    </Stack>
  );
}

function initials(title: string): string {
  const words = title.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return (words.length > 1 ? `${words[0]?.[0] ?? ""}${words[1]?.[0] ?? ""}` : title.slice(0, 2)).toUpperCase();
}

function Shell() {
  const app = useApp();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  useLiveReload();
  useEffect(close, [location.pathname, close]);
  // A toast belongs to the page it was raised on: leaving the page clears them.
  useEffect(() => notifications.clean(), [location.pathname]);

  const access = useAccess();
  // Pages the role may not open are neither in the navigation nor routed (they answer "not found").
  const pages = app.pages.filter((p) => access.showsPage(p.name));
  const navPages = pages.filter((p) => p.inNav && (access.known || !app.auth));
  const isActive = (route: string) => (route === "/" ? location.pathname === "/" : location.pathname === route || location.pathname.startsWith(`${route}/`));

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 228, breakpoint: "sm", collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <ThemeIcon size={34} radius="md" style={{ flexShrink: 0 }} variant="gradient" gradient={{ from: "indigo", to: "cyan", deg: 135 }} aria-hidden>
              <Text fw={700} size="sm" c="white">
                {initials(app.title)}
              </Text>
            </ThemeIcon>
            <Text fw={650} size="lg" truncate="end" component={Link} to="/" c="var(--mantine-color-text)" style={{ textDecoration: "none", minWidth: 0 }}>
              {app.title}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            <LiveIndicator />
            <SignIn />
            <ColorSchemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Pages">
        <AppShell.Section grow component={ScrollArea}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pb={6} pt={4}>
            Pages
          </Text>
          {navPages.map((p) => {
            const Icon = p.icon ?? IconFile;
            return (
              <NavLink
                key={p.name}
                component={Link}
                to={p.route}
                label={p.title}
                description={undefined}
                leftSection={<Icon size={18} stroke={1.6} />}
                active={isActive(p.route)}
                aria-current={isActive(p.route) ? "page" : undefined}
                variant="light"
                style={{ borderRadius: "var(--mantine-radius-md)" }}
              />
            );
          })}
        </AppShell.Section>
        <AppShell.Section>
          <Box px="sm" py={6}>
            <Text size="xs" c="dimmed">
              Version {app.version}
            </Text>
          </Box>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main bg="var(--mantine-color-body)">
        <Box maw={1400} mx="auto">
          <Routes routes={pages.map((p) => ({ path: p.route, element: <p.component /> }))} fallback={<NotFound />} />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}

export function TorqueApp({ app }: { readonly app: AppConfig }) {
  // Before any child subscribes to the live socket: signed out, an app with roles opens none.
  live.requireToken(app.auth);
  setEntityMetas(app.entities); // display templates load the names of referenced records
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="bottom-right" limit={4} />
      <AppContext.Provider value={app}>
        <AccessProvider app={app}>
          <Router>
            <Shell />
          </Router>
        </AccessProvider>
      </AppContext.Provider>
    </MantineProvider>
  );
}
