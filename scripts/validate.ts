// `npm run validate [dir]`: checks data/ against the schema and the cross-file rules.
// Exits 1 with one line per problem (file, record, field) when the data is invalid.
import path from 'node:path';
import { DataValidationError } from '@/lib/data/errors';
import { readDataset } from '@/lib/data/read';

const dir = path.resolve(process.argv[2] ?? 'data');

readDataset(dir).then(
  (ds) => {
    const quotes = ds.events.reduce((n, e) => n + e.sources.length, 0);
    console.log(`data is valid: ${ds.places.length} places, ${ds.events.length} events, ${ds.articles.length} articles, ${quotes} quotes, ${ds.briefings.length} briefing${ds.briefings.length === 1 ? '' : 's'}`);
  },
  (error: unknown) => {
    console.error(error instanceof DataValidationError ? error.message : error);
    process.exitCode = 1;
  },
);
