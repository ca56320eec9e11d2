// Benchmark only (npm run bench): a bare React Flow page to compare the graph
// view against, /bench/bare-react-flow?nodes=2000&edges=3000[&visibleOnly=1].
// Only a build made with CLAIMGRAPH_BENCH=1 has it (next.config.ts takes `page.bench.tsx` only then),
// and even that build answers 404 unless the server runs with CLAIMGRAPH_BENCH=1 too.
import { notFound } from "next/navigation";
import { BareReactFlow } from "@/components/bench/bare-react-flow";

export const dynamic = "force-dynamic";

const MAX_COUNT = 20_000;

function count(raw: string | string[] | undefined, fallback: number): number {
  const value = Number(Array.isArray(raw) ? raw[0] : (raw ?? fallback));
  return Number.isSafeInteger(value) && value >= 0 ? Math.min(value, MAX_COUNT) : fallback;
}

export default async function BareReactFlowPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (process.env.CLAIMGRAPH_BENCH !== "1") notFound();
  const params = await searchParams;
  return (
    <BareReactFlow
      nodeCount={count(params.nodes, 2000)}
      edgeCount={count(params.edges, 3000)}
      visibleOnly={params.visibleOnly === "1"}
    />
  );
}
