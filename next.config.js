// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
  // window.sitrepMap for e2e and the benchmark, only in builds made for them (components/map/test-hooks.ts).
  env: { SITREP_TEST_HOOKS: process.env.SITREP_TEST_HOOKS === '1' ? '1' : '' },
  // The route handlers and the page read data/ at run time; trace it into standalone output too.
  outputFileTracingIncludes: { '/**': ['./data/**/*'] },
  // On every response, pages and files alike; the Content-Security-Policy is set per page in proxy.ts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
