// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
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
