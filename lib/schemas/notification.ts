import { z } from "zod";
import { ZId } from "./fields";

export const MAX_MARK_READ = 200;

/** Mark some of one's notifications read (by id), or all of them. */
export const ZMarkNotificationsReadInput = z.union(
  [
    z.strictObject({
      notificationIds: z
        .array(ZId, { error: "notificationIds must be a list of notification ids" })
        .min(1, "Choose at least one notification to mark read.")
        .max(MAX_MARK_READ, `Mark at most ${MAX_MARK_READ} notifications at once, or send { "all": true }.`),
    }),
    z.strictObject({ all: z.literal(true, { error: "all must be true" }) }),
  ],
  { error: 'Send { "notificationIds": [...] } to mark some notifications read, or { "all": true } for all of them.' },
);
export type TMarkNotificationsReadInput = z.infer<typeof ZMarkNotificationsReadInput>;
