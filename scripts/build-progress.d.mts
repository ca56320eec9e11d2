export function buildPhaseOf(line: string): string | null;
export function describeBuildPhase(phase: string): string;
export function describeStillRunning(phase: string, elapsedMs: number): string;
export function followBuildOutput(onPhase: (phase: string) => void): { current(): string; push(chunk: string): void };
