// Roles × entities × operations as a grid of checkboxes (the model's `auth` section), with the
// fields each role may read but not write (`readOnlyFields`) on each entity's row.
import { Button, Checkbox, Group, Stack, Table, Text, Title } from "@mantine/core";
import type { Diagnostic, EditOps, JsonObject, Op } from "./api";
import { asArray, freshName, isObject, str, tok } from "./api";
import { errorsAt } from "./EntityExtras";
import { CommitInput, PickList } from "./inputs";
import { memberOps } from "./ops";
import { fieldsOf } from "./samples";

const OPERATIONS = ["read", "create", "update", "delete"];

interface Props {
  model: JsonObject;
  edit: (ops: EditOps, label: string) => void;
  diagnostics: Diagnostic[];
}

/** Role `ri` of `model` (the model an edit's turn sees: quick clicks build on each other). */
function roleIn(model: JsonObject, ri: number): JsonObject | undefined {
  const auth = model["auth"];
  const role = isObject(auth) ? asArray(auth["roles"])[ri] : undefined;
  return isObject(role) ? role : undefined;
}

/** A role's read-only fields of `entity` after a change from `before` to `after` made on an older model:
 * the change (fields added, fields removed) applied to what the role has now. */
function readOnlyOps(model: JsonObject, ri: number, entity: string, before: string[], after: string[]): Op[] {
  const role = roleIn(model, ri);
  if (!role) return [];
  const readOnly = role["readOnlyFields"];
  const now = asArray(isObject(readOnly) ? readOnly[entity] : undefined).map(str);
  const next = [...now.filter((f) => after.includes(f) || !before.includes(f)), ...after.filter((f) => !now.includes(f) && !before.includes(f))];
  return memberOps(`/auth/roles/${ri}/readOnlyFields`, readOnly, entity, next.length ? next : undefined);
}

export function Roles({ model, edit, diagnostics }: Props) {
  const auth = model["auth"];
  const entities = asArray(model["entities"]).filter(isObject);
  const entityNames = ["*", ...entities.map((e) => str(e["name"]))];
  const fieldNames = new Map(entities.map((e) => [str(e["name"]), fieldsOf(e).map((f) => str(f["name"]))]));
  if (!isObject(auth)) {
    return (
      <Stack>
        <Title order={3}>Roles and permissions</Title>
        <Text c="dimmed">This model has no `auth` section: the app needs no sign-in and listens on loopback only.</Text>
        <Button w={260} onClick={() => edit([{ op: "set", path: "/auth", value: { roles: [{ name: "admin", permissions: { "*": [...OPERATIONS] }, flows: ["*"] }] } }], "add auth")}>
          Add authentication (admin role)
        </Button>
      </Stack>
    );
  }
  const roles = asArray(auth["roles"]);
  const addRole = () => {
    const name = freshName(roles.filter(isObject).map((r) => str(r["name"])), "role");
    edit([{ op: "insert", path: "/auth/roles/-", value: { name, permissions: {} } }], `add role ${name}`);
  };
  const toggle = (ri: number, roleName: string, entity: string, operation: string, on: boolean) => {
    edit((m) => {
      const role = roleIn(m, ri);
      if (!role) return [];
      const perms = isObject(role["permissions"]) ? role["permissions"] : {};
      const current = asArray(perms[entity]).map(str);
      const next = OPERATIONS.filter((o) => (o === operation ? on : current.includes(o)));
      const ptr = `/auth/roles/${ri}/permissions/${tok(entity)}`;
      return next.length ? [{ op: "set", path: ptr, value: next }] : entity in perms ? [{ op: "remove", path: ptr }] : [];
    }, `${on ? "allow" : "deny"} ${operation} ${entity} for ${roleName}`);
  };
  return (
    <Stack gap="sm">
      <Group>
        <Title order={3}>Roles and permissions</Title>
        <Button size="xs" ml="auto" onClick={addRole}>Add role</Button>
      </Group>
      {roles.map((role, ri) => {
        if (!isObject(role)) return null;
        const perms = isObject(role["permissions"]) ? role["permissions"] : {};
        const roleName = str(role["name"]);
        const readOnly = role["readOnlyFields"];
        const shownReadOnly = (entity: string) => asArray(isObject(readOnly) ? readOnly[entity] : undefined).map(str);
        const problems = errorsAt(diagnostics, `/auth/roles/${ri}/readOnlyFields`);
        return (
          <Stack key={ri} gap={4} aria-label={`role ${roleName}`}>
            <Group align="end">
              <CommitInput label="Role name" value={roleName} onCommit={(v) => edit([{ op: "set", path: `/auth/roles/${ri}/name`, value: v }], "rename role")} />
              <Button size="compact-xs" color="red" variant="light" onClick={() => edit([{ op: "remove", path: `/auth/roles/${ri}` }], `remove role ${roleName}`)}>Remove role</Button>
            </Group>
            <Table withTableBorder striped maw={960}>
              <Table.Thead>
                <Table.Tr><Table.Th>entity</Table.Th>{OPERATIONS.map((o) => <Table.Th key={o}>{o}</Table.Th>)}<Table.Th>read-only fields</Table.Th></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entityNames.map((entity) => (
                  <Table.Tr key={entity}>
                    <Table.Td>{entity === "*" ? "* (every entity)" : entity}</Table.Td>
                    {OPERATIONS.map((o) => (
                      <Table.Td key={o}>
                        <Checkbox size="xs" aria-label={`${roleName} ${entity} ${o}`} checked={asArray(perms[entity]).includes(o)}
                          onChange={(e) => toggle(ri, roleName, entity, o, e.currentTarget.checked)} />
                      </Table.Td>
                    ))}
                    <Table.Td>
                      {entity !== "*" && (
                        <PickList label={`read-only ${entity} fields for ${roleName}`} items={shownReadOnly(entity)}
                          options={fieldNames.get(entity) ?? []} width={120} hideLabel
                          onChange={(items) => edit((m) => readOnlyOps(m, ri, entity, shownReadOnly(entity), items),
                            `read-only fields of ${entity} for ${roleName}`)} />
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {problems && <Text size="xs" c="red" style={{ whiteSpace: "pre-wrap" }} role="alert">{problems}</Text>}
          </Stack>
        );
      })}
    </Stack>
  );
}
