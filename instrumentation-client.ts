import { z } from "zod";

// Runs in the browser before the app. Zod probes whether it may compile parsers
// with `new Function`; under the pages' Content-Security-Policy (no 'unsafe-eval')
// that probe is refused and reported as a violation, so the browser parses without it.
z.config({ jitless: true });
