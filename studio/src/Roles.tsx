// Roles × entities × operations as a grid of checkboxes (the model's `auth` section), with the
// fields each role may read but not write (`readOnlyFields`) on each entity's row.
import { Button, Checkbox, Group, Stack, Table, Text, Title } from "@mantine/core";
import type { Diagnostic, JsonObject, Op } from "./api";
import { asArray, freshName, isObject, str, tok } from "./api";
import { errorsAt } from "./EntityExtras";
import { CommitInput, PickList } from "./inputs";
import { memberOps } from "./ops";
import { fieldsOf } from "./samples";

const OPERATIONS = ["read", "create", "update", "delete"];

interface Props {
  model: JsonObject;
  edit: (ops: Op[], label: string) => void;
  diagnostics: Diagnostic[];
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
  const toggle = (ri: number, entity: string, operation: string, on: boolean) => {
    const role = roles[ri];
    if (!isObject(role)) return;
    const perms = isObject(role["permissions"]) ? role["permissions"] : {};
    const current = asArray(perms[entity]).map(str);
    const next = OPERATIONS.filter((o) => (o === operation ? on : current.includes(o)));
    const ptr = `/auth/roles/${ri}/permissions/${tok(entity)}`;
    const ops: Op[] = next.length ? [{ op: "set", path: ptr, value: next }] : entity in perms ? [{ op: "remove", path: ptr }] : [];
    edit(ops, `${on ? "allow" : "deny"} ${operation} ${entity} for ${str(role["name"])}`);
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
        const readOnlyPtr = `/auth/roles/${ri}/readOnlyFields`;
        const problems = errorsAt(diagnostics, readOnlyPtr);
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
                          onChange={(e) => toggle(ri, entity, o, e.currentTarget.checked)} />
                      </Table.Td>
                    ))}
                    <Table.Td>
                      {entity !== "*" && (
                        <PickList label={`read-only ${entity} fields for ${roleName}`} items={asArray(isObject(readOnly) ? readOnly[entity] : undefined).map(str)}
                          options={fieldNames.get(entity) ?? []} width={120} hideLabel
                          onChange={(items) => edit(memberOps(readOnlyPtr, readOnly, entity, items.length ? items : undefined),
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
