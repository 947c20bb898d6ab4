// `npm run validate [dir]`: checks data/ against the schema and the cross-file rules.
// Exits 1 with one line per problem (file, record, field) when the data is invalid.
import path from 'node:path';
import { validateFolder } from '@/lib/data/validate';

validateFolder(path.resolve(process.argv[2] ?? 'data')).then(
  (verdict) => {
    if (verdict.valid) console.log(verdict.summary);
    else {
      console.error(verdict.problems);
      process.exitCode = 1;
    }
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
