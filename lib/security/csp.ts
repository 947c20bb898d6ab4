/**
 * The Content-Security-Policy of every page: scripts only from this origin with the request's nonce
 * (Next's own inline scripts carry it, and so does the layout's pre-paint script), MapLibre's worker
 * from this origin, nothing from any other host. `frame-ancestors` decides who may embed the
 * dashboard: this origin by default, or the list in SITREP_FRAME_ANCESTORS (an intranet page).
 */
export interface CspOptions {
  /** React's development build evaluates code; production never does. */
  development: boolean;
  /** Space-separated sources allowed to frame the pages, e.g. "'self' https://intranet.example". */
  frameAncestors?: string;
}

export function contentSecurityPolicy(nonce: string, { development, frameAncestors }: CspOptions): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    'worker-src': ["'self'", 'blob:'],
    // React sets style attributes, and MapLibre positions its markers and popups with them.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", 'blob:', 'data:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': frameAncestors?.trim() ? frameAncestors.trim().split(/\s+/) : ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
