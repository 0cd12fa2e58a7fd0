// One shared WebSocket to the server's `/ws`: entity change events
// (`{entity, id, kind}`), live-reload messages (`{type: "reload"}`) and
// `{type: "resync"}` (the server may have missed other processes' events).
// Reconnects with capped exponential backoff; after a reconnect every
// subscriber is told to resync (events may have been missed meanwhile).
// An app with roles opens no socket while signed out (the server would refuse
// it), and stops retrying when the server refuses the token (close code 4401).

import { useEffect, useRef, useSyncExternalStore } from "react";
import { getToken, reportUnauthorized } from "./rpc";

export interface ChangeEvent {
  /** Entity name, or "*" for "anything may have changed" (after a reconnect). */
  readonly entity: string;
  readonly id?: string;
  readonly kind?: string;
  /** True when the change was made by this tab (emitted locally, before the server echo). */
  readonly local?: boolean;
}

export type LiveState = "idle" | "connecting" | "open" | "closed" | "signedOut";

type Listener<T> = (value: T) => void;

class LiveSocket {
  state: LiveState = "idle";
  private ws: WebSocket | null = null;
  private attempts = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private wasOpen = false;
  private tokenRequired = false;
  private readonly changeListeners = new Set<Listener<ChangeEvent>>();
  private readonly reloadListeners = new Set<Listener<void>>();
  private readonly stateListeners = new Set<Listener<LiveState>>();

  url(): string {
    const proto = window.location.protocol === "https:" ? "wss:" : "ws:";
    const token = getToken();
    return `${proto}//${window.location.host}/ws${token ? `?token=${encodeURIComponent(token)}` : ""}`;
  }

  private setState(s: LiveState): void {
    this.state = s;
    document.documentElement.dataset["torqueLive"] = s;
    this.stateListeners.forEach((l) => l(s));
  }

  /** The app has roles: no socket without a token (set before the first render). */
  requireToken(required: boolean): void {
    this.tokenRequired = required;
  }

  private signedOut(): boolean {
    return this.tokenRequired && !getToken();
  }

  ensure(): void {
    if (this.ws || this.timer || typeof WebSocket === "undefined") return;
    this.connect();
  }

  private connect(): void {
    this.timer = null;
    if (this.signedOut()) {
      this.setState("signedOut");
      return;
    }
    this.setState("connecting");
    let ws: WebSocket;
    try {
      ws = new WebSocket(this.url());
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.ws = ws;
    ws.onopen = () => {
      this.attempts = 0;
      const resync = this.wasOpen;
      this.wasOpen = true;
      this.setState("open");
      if (resync) this.emit({ entity: "*" });
    };
    ws.onmessage = (ev: MessageEvent) => {
      if (typeof ev.data !== "string") return;
      let msg: unknown;
      try {
        msg = JSON.parse(ev.data);
      } catch {
        return;
      }
      for (const m of Array.isArray(msg) ? msg : [msg]) this.dispatch(m);
    };
    ws.onclose = (ev: CloseEvent) => {
      this.ws = null;
      this.setState("closed");
      if (ev.code === 4401) {
        // The token was refused: wait for a sign-in (restart()) instead of retrying.
        this.setState("signedOut");
        reportUnauthorized("ws");
        return;
      }
      this.scheduleReconnect();
    };
    ws.onerror = () => {
      /* onclose follows */
    };
  }

  private dispatch(m: unknown): void {
    if (typeof m !== "object" || m === null) return;
    const o = m as Record<string, unknown>;
    if (o["type"] === "reload") {
      this.reloadListeners.forEach((l) => l());
      return;
    }
    if (o["type"] === "resync") {
      // The server's listener for other processes' events reconnected: some may have been missed.
      this.emit({ entity: "*" });
      return;
    }
    if (typeof o["entity"] === "string") {
      this.emit({
        entity: o["entity"],
        ...(typeof o["id"] === "string" ? { id: o["id"] } : {}),
        ...(typeof o["kind"] === "string" ? { kind: o["kind"] } : {}),
      });
    }
  }

  private scheduleReconnect(): void {
    if (this.timer) return;
    const delay = Math.min(10_000, 300 * 2 ** this.attempts) * (0.75 + Math.random() * 0.5);
    this.attempts += 1;
    this.timer = setTimeout(() => this.connect(), delay);
  }

  emit(e: ChangeEvent): void {
    this.changeListeners.forEach((l) => l(e));
  }

  onChange(l: Listener<ChangeEvent>): () => void {
    this.changeListeners.add(l);
    this.ensure();
    return () => this.changeListeners.delete(l);
  }

  onReload(l: Listener<void>): () => void {
    this.reloadListeners.add(l);
    this.ensure();
    return () => this.reloadListeners.delete(l);
  }

  onState(l: Listener<LiveState>): () => void {
    this.stateListeners.add(l);
    return () => this.stateListeners.delete(l);
  }

  /** Reconnect now (e.g. after signing in with a new token). */
  restart(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.ws?.close();
    this.ws = null;
    this.connect();
  }
}

export const live = new LiveSocket();

/** Tell this tab's subscribers that it changed a record (the server echo follows over /ws). */
export function notifyLocalChange(entity: string, id?: string, kind?: string): void {
  live.emit({ entity, local: true, ...(id ? { id } : {}), ...(kind ? { kind } : {}) });
}

/**
 * Call `onChange` (coalesced: at most once per `delayMs`) when a record of
 * one of `entities` changes anywhere, or after a reconnect.
 */
export function useEntityChanges(entities: readonly string[], onChange: (e: ChangeEvent) => void, delayMs = 120): void {
  const cb = useRef(onChange);
  cb.current = onChange;
  const key = entities.join(",");
  useEffect(() => {
    const watched = new Set(key.split(","));
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last: ChangeEvent | null = null;
    const off = live.onChange((e) => {
      if (e.entity !== "*" && !watched.has(e.entity)) return;
      last = e;
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        if (last) cb.current(last);
      }, delayMs);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [key, delayMs]);
}

/** Connection state of the live socket, for an indicator. */
export function useLiveState(): LiveState {
  return useSyncExternalStore(
    (notify) => {
      const off = live.onState(() => notify());
      live.ensure();
      return off;
    },
    () => live.state,
    () => "idle" as LiveState,
  );
}

/** Reload the page when the server (torquec watch) says the app was rebuilt. */
export function useLiveReload(): void {
  useEffect(
    () =>
      live.onReload(() => {
        window.location.reload();
      }),
    [],
  );
}
