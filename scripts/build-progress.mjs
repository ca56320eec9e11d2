// Phases of `next build`, recognised from its own output, so `npm start` can say
// what the build is doing and that it is still doing it: without a terminal,
// Next prints one line per phase and nothing while it compiles or type-checks
// for minutes.

const PHASES = [
  { pattern: /Creating an optimized production build/, name: "compiling" },
  { pattern: /Running TypeScript|Linting and checking validity of types/, name: "type-checking" },
  { pattern: /Collecting page data/, name: "collecting page data" },
  { pattern: /Generating static pages/, name: "generating pages" },
  { pattern: /Finalizing page optimization/, name: "finalizing" },
  { pattern: /Collecting build traces/, name: "collecting build traces" },
];

const DESCRIPTIONS = {
  compiling: "Compiling the app (the longest step on a first build)…",
  "type-checking": "Type-checking the sources…",
  "collecting page data": "Collecting page data…",
  "generating pages": "Generating pages…",
  finalizing: "Finalizing the build…",
  "collecting build traces": "Collecting build traces…",
};

/** The phase a line of `next build` output starts, or null when it starts none. */
export function buildPhaseOf(line) {
  return PHASES.find((phase) => phase.pattern.test(line))?.name ?? null;
}

/** The line `npm start` prints when the build enters a phase. */
export function describeBuildPhase(phase) {
  return DESCRIPTIONS[phase] ?? `${phase}…`;
}

/** The line printed while a phase runs on without output: "Still type-checking (1 min 20 s so far)…". */
export function describeStillRunning(phase, elapsedMs) {
  const total = Math.round(elapsedMs / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const elapsed = minutes > 0 ? `${minutes} min ${seconds} s` : `${seconds} s`;
  return `Still ${phase} (${elapsed} into the build)…`;
}

/**
 * Follows a build's output, chunk by chunk: calls onPhase(name) when a phase
 * starts, and returns the current phase. Lines may arrive split across chunks.
 */
export function followBuildOutput(onPhase) {
  let pending = "";
  let current = "compiling";
  return {
    current: () => current,
    push(chunk) {
      pending += chunk;
      const lines = pending.split(/\r?\n|\r/);
      pending = lines.pop() ?? "";
      for (const line of lines) {
        const phase = buildPhaseOf(line);
        if (phase && phase !== current) {
          current = phase;
          onPhase(phase);
        }
      }
    },
  };
}
