import { Fragment } from "react";
import { commentSegments } from "@/lib/comments/mentions";
import type { TMemberView } from "@/lib/board/types";

/** The text with mentions as names: "@" and a distinct style, never colour alone. */
export function CommentBody({ body, members, viewerId }: { body: string; members: readonly TMemberView[]; viewerId: string | null }) {
  return (
    <p className="comment-body">
      {commentSegments(body, members).map((segment, index) =>
        segment.kind === "text" ? (
          <Fragment key={index}>{segment.text}</Fragment>
        ) : (
          <span key={index} className={segment.userId === viewerId ? "mention mention-you" : "mention"}>
            @{segment.name}
            {segment.userId === viewerId ? <span className="sr-only"> (you)</span> : null}
          </span>
        ),
      )}
    </p>
  );
}
