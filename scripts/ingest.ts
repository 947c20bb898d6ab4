// `npm run ingest`: see lib/ingest/cli.ts.
import { ingestCli } from '@/lib/ingest/cli';

// The progress bar is redrawn in place only on a terminal; piped into a file, it is a line per file.
const progress = process.stderr.isTTY ? { write: (chunk: string) => void process.stderr.write(chunk) } : undefined;

ingestCli(process.argv.slice(2), { log: (line) => console.log(line), error: (line) => console.error(line), progress }).then((code) => {
  process.exitCode = code;
});
