/**
 * The Content-Security-Policy for pages, following the Next.js guide: scripts
 * only with this response's nonce (Next.js puts it on its own scripts, and
 * 'strict-dynamic' lets those load the chunks they need), so an injected
 * <script> or inline event handler never runs.
 *
 * Styles: <style> elements need the nonce too, but style attributes are
 * allowed ('unsafe-inline' in style-src-attr only). React renders style
 * attributes into the server HTML (verdict colours from the workspace's scale,
 * quote highlights) and React Flow positions nodes with them; blocking them
 * breaks those pages, and an attribute can carry no selector, so it cannot be
 * used to read the page the way an injected stylesheet can.
 */
export function pageContentSecurityPolicy(nonce: string, options: { https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "script-src-attr 'none'",
    // The graph's layout runs in a Web Worker from the app's own chunks ('strict-dynamic' would refuse it otherwise).
    "worker-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  // Only over HTTPS: on plain http://localhost it would send the page's own requests to https://.
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** API responses are data, never documents to render: nothing may load, nothing may frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
