// `npm run db:migrate | db:import | db:export | db:backup`: see lib/store/cli.ts.
import { dbCli } from '@/lib/store/cli';

dbCli(process.argv[2] ?? '', process.argv.slice(3)).then((code) => {
  process.exitCode = code;
});
