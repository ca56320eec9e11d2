"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { boardsApi } from "./board-api";
import { WorkspaceSelect, type TBoardWorkspaceOption } from "./workspace-select";

const EMPTY = { title: "", description: "", articleTitle: "", byline: "", publisher: "", publishedOn: "", url: "", text: "" };

/** A new board for a pasted article, in one of `workspaces` (those where the person may create boards; at least one). */
export function NewBoardForm({ workspaces }: { workspaces: TBoardWorkspaceOption[] }) {
  const router = useRouter();
  const [values, setValues] = useState(EMPTY);
  const [workspaceId, setWorkspaceId] = useState(workspaces[0]?.id ?? "");
  const { pending, error, run } = useAsyncAction();
  const set = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const { id } = await boardsApi.createBoard({
        ...(workspaceId ? { workspaceId } : {}),
        title: values.title,
        description: values.description,
        article: {
          title: values.articleTitle || null,
          byline: values.byline || null,
          publisher: values.publisher || null,
          publishedOn: values.publishedOn || null,
          url: values.url.trim() || null,
          text: values.text,
        },
      });
      router.push(`/boards/${id}`);
    });
  };

  return (
    <form onSubmit={submit} aria-label="New board" className="card-form">
      <WorkspaceSelect id="board-workspace" workspaces={workspaces} value={workspaceId} onChange={setWorkspaceId} />
      <div className="field">
        <label htmlFor="board-title">Board title</label>
        <input id="board-title" value={values.title} onChange={set("title")} required maxLength={300} placeholder="What this fact-check is about" />
      </div>
      <div className="field">
        <label htmlFor="board-description">Description (optional)</label>
        <textarea id="board-description" value={values.description} onChange={set("description")} maxLength={2000} />
      </div>
      <fieldset className="fieldset">
        <legend>The article</legend>
        <div className="field-row">
          <div className="field">
            <label htmlFor="article-title">Headline</label>
            <input id="article-title" value={values.articleTitle} onChange={set("articleTitle")} maxLength={200} />
          </div>
          <div className="field">
            <label htmlFor="article-byline">Byline</label>
            <input id="article-byline" value={values.byline} onChange={set("byline")} maxLength={200} />
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="article-publisher">Publisher</label>
            <input id="article-publisher" value={values.publisher} onChange={set("publisher")} maxLength={200} />
          </div>
          <div className="field">
            <label htmlFor="article-date">Date published</label>
            <input id="article-date" type="date" value={values.publishedOn} onChange={set("publishedOn")} />
          </div>
        </div>
        <div className="field">
          <label htmlFor="article-url">URL</label>
          <input id="article-url" type="url" placeholder="https://" value={values.url} onChange={set("url")} />
        </div>
        <div className="field">
          <label htmlFor="article-text">Text (one paragraph per line)</label>
          <textarea id="article-text" className="article-input" value={values.text} onChange={set("text")} required />
        </div>
      </fieldset>
      <FormError message={error} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? "Creating…" : "Create board"}
        </button>
      </div>
    </form>
  );
}
