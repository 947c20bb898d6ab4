import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/security/csp';

/**
 * Every page gets a fresh nonce and the Content-Security-Policy that names it. Next reads the
 * policy from the request to put the nonce on its own scripts; the layout reads `x-nonce` for its
 * pre-paint script.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development', frameAncestors: process.env.SITREP_FRAME_ANCESTORS });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Pages only: static files, the map's worker and basemap, and the API need no policy of their own.
  matcher: [{ source: '/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|basemap/|maplibre/|bench/).*)' }],
};
