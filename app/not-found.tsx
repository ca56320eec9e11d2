import Link from "next/link";

export default function NotFound() {
  return (
    <main className="page">
      <h1>Not found</h1>
      <p>There is no board here, or you do not have access to it.</p>
      <p>
        <Link href="/">All boards</Link>
      </p>
    </main>
  );
}
