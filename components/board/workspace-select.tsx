"use client";

/** A workspace where the signed-in person may create boards. */
export type TBoardWorkspaceOption = { id: string; name: string };

/** Which workspace a new board goes to; shown only when there is a choice to make. */
export function WorkspaceSelect({
  id,
  workspaces,
  value,
  onChange,
}: {
  id: string;
  workspaces: TBoardWorkspaceOption[];
  value: string;
  onChange: (workspaceId: string) => void;
}) {
  if (workspaces.length < 2) return null;
  return (
    <div className="field">
      <label htmlFor={id}>Workspace</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} required>
        {workspaces.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name}
          </option>
        ))}
      </select>
    </div>
  );
}
