import type { TMyWorkView, TWorkClaimRef } from "@/lib/notifications/types";
import { WorkClaimLink, WorkClaimMeta } from "./work-claim-line";

type TSection = { id: string; title: string; empty: string; items: TWorkClaimRef[] };

export function workSections(work: TMyWorkView): TSection[] {
  return [
    { id: "assigned", title: "Assigned to me", empty: "No claims are assigned to you right now.", items: work.assigned },
    { id: "review", title: "Waiting for my review", empty: "Nothing is waiting for your review.", items: work.toReview },
    { id: "returned", title: "Returned to me", empty: "No claims have been returned to you.", items: work.returned },
    { id: "due", title: "Due soon and overdue", empty: "None of your claims is due in the next 7 days.", items: work.due },
  ];
}

/** A short list of the sections with their counts, as in-page links. */
export function MyWorkSummary({ work }: { work: TMyWorkView }) {
  const [assigned, review, returned, due] = workSections(work).map((s) => ({ id: s.id, title: s.title, count: s.items.length }));
  // In the order the sections appear on the page.
  const counts = [assigned!, review!, returned!, { id: "mentions", title: "Mentions of me", count: work.mentions.length }, due!];
  return (
    <nav aria-label="My work sections" className="my-work-summary">
      <ul className="plain-list">
        {counts.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>
              {section.title} <span className="count">{section.count}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ClaimSection({ section, today }: { section: TSection; today: string }) {
  return (
    <section id={section.id} aria-labelledby={`${section.id}-heading`} className="work-section" data-testid={`work-${section.id}`}>
      <h2 id={`${section.id}-heading`}>
        {section.title} <span className="count muted">({section.items.length})</span>
      </h2>
      {section.items.length === 0 ? (
        <p className="muted">{section.empty}</p>
      ) : (
        <ul className="plain-list work-list">
          {section.items.map((claim) => (
            <li key={claim.claimId} className={claim.overdue ? "work-item is-overdue" : "work-item"}>
              <WorkClaimMeta claim={claim} today={today} />
              <WorkClaimLink claim={claim} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Every section of My work, each item with its board, number, statement, stage and due date. */
export function MyWorkSections({ work }: { work: TMyWorkView }) {
  const [assigned, review, returned, due] = workSections(work);
  return (
    <>
      {[assigned!, review!, returned!].map((section) => (
        <ClaimSection key={section.id} section={section} today={work.today} />
      ))}
      <section id="mentions" aria-labelledby="mentions-heading" className="work-section" data-testid="work-mentions">
        <h2 id="mentions-heading">
          Mentions of me <span className="count muted">({work.mentions.length})</span>
        </h2>
        {work.mentions.length === 0 ? (
          <p className="muted">Nobody has mentioned you in a comment yet.</p>
        ) : (
          <ul className="plain-list work-list">
            {work.mentions.map((mention) => (
              <li key={mention.commentId} className="work-item">
                <WorkClaimMeta claim={mention.claim} today={work.today} />
                <WorkClaimLink claim={mention.claim} />
                <blockquote className="mention-excerpt">
                  <p>
                    <span className="muted">{mention.authorName}:</span> {mention.excerpt}
                  </p>
                </blockquote>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ClaimSection section={due!} today={work.today} />
    </>
  );
}
