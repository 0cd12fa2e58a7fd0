// JSON-RPC 2.0 client of the generated server (`POST /rpc`), with typed errors.

import { ErrorCode, type FilterOp } from "./contract";
import type { RecordBase, SortDir, SystemField } from "./types";

export { ErrorCode, type FilterOp };

export interface FieldError {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

/** The server answered with a JSON-RPC error object. */
export class RpcError extends Error {
  override readonly name = "RpcError";
  constructor(
    readonly code: number,
    message: string,
    readonly data: unknown,
    readonly method: string,
  ) {
    super(message);
  }

  get kind(): string | undefined {
    const d = this.data;
    return isObject(d) && typeof d["kind"] === "string" ? d["kind"] : undefined;
  }

  /** Per-field validation errors (`data.errors`), field names as sent. */
  get fieldErrors(): FieldError[] {
    const d = this.data;
    if (!isObject(d) || !Array.isArray(d["errors"])) return [];
    const out: FieldError[] = [];
    for (const e of d["errors"] as unknown[]) {
      if (!isObject(e)) continue;
      out.push({
        field: normaliseField(typeof e["field"] === "string" ? e["field"] : ""),
        rule: typeof e["rule"] === "string" ? e["rule"] : "invalid",
        message: typeof e["message"] === "string" ? e["message"] : "Invalid value",
      });
    }
    return out;
  }

  /** Field a conflict is about (unique violations), when the server says. */
  get conflictField(): string | undefined {
    const d = this.data;
    if (!isObject(d)) return undefined;
    const f = d["field"] ?? (Array.isArray(d["fields"]) ? (d["fields"] as unknown[])[0] : undefined);
    return typeof f === "string" ? normaliseField(f) : undefined;
  }

  get isValidation(): boolean {
    return this.code === ErrorCode.invalidParams;
  }
}

/** The request never got a JSON-RPC answer (server down, proxy error, …). */
export class NetworkError extends Error {
  override readonly name = "NetworkError";
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** `data.email`, `/data/email`, `email` → `email` (the field path inside the record). */
function normaliseField(field: string): string {
  let f = field.replace(/^\//, "").replace(/\//g, ".");
  if (f.startsWith("data.")) f = f.slice(5);
  return f;
}

// ------------------------------------------------------------------ tokens

const TOKEN_KEY = "torque.token";

export function getToken(): string | null {
  try {
    return window.localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string | null): void {
  try {
    if (token) window.localStorage.setItem(TOKEN_KEY, token);
    else window.localStorage.removeItem(TOKEN_KEY);
  } catch {
    /* storage unavailable: token lives for this page only */
  }
}

type AuthListener = (error: RpcError) => void;
const authListeners = new Set<AuthListener>();

/** Called whenever the server rejects the (missing) token. */
export function onUnauthorized(listener: AuthListener): () => void {
  authListeners.add(listener);
  return () => authListeners.delete(listener);
}

/** Report a rejected token seen outside a JSON-RPC call (e.g. the WebSocket). */
export function reportUnauthorized(source: string): void {
  const err = new RpcError(ErrorCode.unauthorized, "Unauthorized", null, source);
  authListeners.forEach((l) => l(err));
}

// ------------------------------------------------------------------ client

interface RpcResponse {
  jsonrpc?: string;
  id?: number | string | null;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

export interface Call {
  readonly method: string;
  readonly params?: object;
}

export class JsonRpcClient {
  private nextId = 1;

  /** `token`: where the bearer token comes from; `notify`: tell `onUnauthorized` listeners about refusals. */
  constructor(
    private url: string = "/rpc",
    private token: () => string | null = getToken,
    private notify: boolean = true,
  ) {}

  /** Send calls to `url` instead, without a bearer token or sign-in prompts: for a host that
   * embeds these components outside the app (Torque Studio's page canvas calls the app served
   * by `torquec watch` through its dev route, as a role it names). */
  retarget(url: string): void {
    this.url = url;
    this.token = () => null;
    this.notify = false;
  }

  private headers(): Record<string, string> {
    const h: Record<string, string> = { "Content-Type": "application/json", Accept: "application/json" };
    const token = this.token();
    if (token) h["Authorization"] = `Bearer ${token}`;
    return h;
  }

  private async post(body: unknown, signal?: AbortSignal): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(this.url, { method: "POST", headers: this.headers(), body: JSON.stringify(body), signal: signal ?? null });
    } catch (e) {
      if (e instanceof DOMException && e.name === "AbortError") throw e;
      throw new NetworkError("The server cannot be reached. Check your connection and try again.");
    }
    const text = await res.text();
    if (!text) {
      if (res.ok) return null;
      throw new NetworkError(`The server answered HTTP ${res.status}.`, res.status);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new NetworkError(`The server answered HTTP ${res.status} without JSON.`, res.status);
    }
  }

  private unwrap<T>(method: string, payload: unknown): T {
    if (!isObject(payload)) throw new NetworkError("Malformed JSON-RPC response.");
    const r = payload as RpcResponse;
    if (r.error) {
      const err = new RpcError(r.error.code, r.error.message, r.error.data, method);
      if (err.code === ErrorCode.unauthorized && this.notify) authListeners.forEach((l) => l(err));
      throw err;
    }
    return r.result as T;
  }

  /** One call; resolves with `result` or rejects with RpcError / NetworkError. */
  async call<T>(method: string, params: object = {}, signal?: AbortSignal): Promise<T> {
    const id = this.nextId++;
    const payload = await this.post({ jsonrpc: "2.0", id, method, params }, signal);
    return this.unwrap<T>(method, payload);
  }

  /** Several calls in one HTTP request (a JSON-RPC batch); results in call order. */
  async batch(calls: readonly Call[], signal?: AbortSignal): Promise<Array<unknown | RpcError>> {
    if (calls.length === 0) return [];
    const ids = calls.map(() => this.nextId++);
    const payload = await this.post(
      calls.map((c, i) => ({ jsonrpc: "2.0", id: ids[i], method: c.method, params: c.params ?? {} })),
      signal,
    );
    if (!Array.isArray(payload)) {
      // A batch-level error (e.g. unauthorized) applies to every call.
      const only = (() => {
        try {
          this.unwrap(calls[0]?.method ?? "batch", payload);
          return new NetworkError("Malformed JSON-RPC batch response.");
        } catch (e) {
          return e as Error;
        }
      })();
      throw only;
    }
    const byId = new Map<unknown, unknown>();
    for (const r of payload) if (isObject(r)) byId.set(r["id"], r);
    return calls.map((c, i) => {
      try {
        return this.unwrap(c.method, byId.get(ids[i]));
      } catch (e) {
        return e as RpcError;
      }
    });
  }
}

export const rpc = new JsonRpcClient();

/**
 * Ask the server whether `token` is accepted, without storing it or alarming the
 * `onUnauthorized` listeners. `null`: accepted; otherwise what to tell the user.
 */
export async function checkToken(token: string): Promise<string | null> {
  try {
    await new JsonRpcClient("/rpc", () => token, false).call("getModelMetadata");
    return null;
  } catch (e) {
    if (e instanceof RpcError && e.code === ErrorCode.unauthorized) return "This access token was not accepted. Check it and try again.";
    return e instanceof Error ? e.message : String(e);
  }
}

// ------------------------------------------------------------------ entity data


export interface Filter<F extends string = string> {
  readonly field: F;
  readonly op: FilterOp;
  readonly value?: unknown;
}

export interface Sort<F extends string = string> {
  readonly field: F;
  readonly dir: SortDir;
}

export interface ListParams<F extends string = string> {
  readonly page?: number;
  readonly pageSize?: number;
  readonly sort?: readonly Sort<F | SystemField>[];
  readonly filters?: readonly Filter<F | SystemField>[];
  readonly search?: string;
  readonly include?: readonly string[];
}

export interface PageResult<T> {
  readonly items: T[];
  readonly total: number;
  /** False when `total` is the database's estimate (PostgreSQL, more than 10,000 matches). */
  readonly totalExact?: boolean;
  readonly page: number;
  readonly pageSize: number;
}

export function loadEntityData<T = Record<string, unknown>>(
  entity: string,
  params: ListParams = {},
  signal?: AbortSignal,
  client: JsonRpcClient = rpc,
): Promise<PageResult<T & RecordBase>> {
  return client.call("loadEntityData", { entity, ...params }, signal);
}

/** Typed access to one entity's records (instantiated per entity in src/generated/rpc.ts). */
export class EntityClient<T extends RecordBase, I extends object, F extends string> {
  constructor(
    readonly entity: string,
    readonly client: JsonRpcClient = rpc,
  ) {}

  list(params: ListParams<F> = {}, signal?: AbortSignal): Promise<PageResult<T>> {
    return this.client.call("loadEntityData", { entity: this.entity, ...params }, signal);
  }

  get(id: string, include?: readonly string[]): Promise<T> {
    return this.client.call("getEntity", include ? { entity: this.entity, id, include } : { entity: this.entity, id });
  }

  create(data: I): Promise<T> {
    return this.client.call("createEntity", { entity: this.entity, data });
  }

  update(id: string, data: Partial<I>, expectedVersion?: number): Promise<T> {
    const params: Record<string, unknown> = { entity: this.entity, id, data };
    if (expectedVersion !== undefined) params["expectedVersion"] = expectedVersion;
    return this.client.call("updateEntity", params);
  }

  delete(id: string): Promise<unknown> {
    return this.client.call("deleteEntity", { entity: this.entity, id });
  }

  related<R = unknown>(id: string, relationship: string): Promise<R> {
    return this.client.call("getRelated", { entity: this.entity, id, relationship });
  }
}

export interface FlowResult<O = unknown> {
  readonly output: O;
  readonly trace?: unknown;
}

export function executeFlow<I extends object, O = unknown>(
  flow: string,
  input: I,
  client: JsonRpcClient = rpc,
): Promise<FlowResult<O>> {
  return client.call("executeXFlow", { flow, input });
}
