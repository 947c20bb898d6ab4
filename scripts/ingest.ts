// `npm run ingest`: see lib/ingest/cli.ts.
import { ingestCli } from '@/lib/ingest/cli';

ingestCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
