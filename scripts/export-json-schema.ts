// `npm run schema`: writes the JSON Schema files in data/schema/ from lib/data/schema.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSON_SCHEMAS, renderJsonSchema } from '@/lib/data/json-schema';

const dir = path.resolve('data/schema');
mkdirSync(dir, { recursive: true });
for (const name of Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[]) {
  writeFileSync(path.join(dir, name), renderJsonSchema(name));
  console.log(`wrote data/schema/${name}`);
}
