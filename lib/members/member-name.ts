/** A member's name by user id; someone no longer in the workspace is "a former member". No id: null. */
export function memberName(
  members: readonly { userId: string; name: string }[] | undefined,
  userId: string | null,
): string | null {
  if (userId === null) return null;
  return members?.find((member) => member.userId === userId)?.name ?? "a former member";
}
