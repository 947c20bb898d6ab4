/** `npm run validate`'s verdict on a dataset folder, as the lines it prints. */
import { DataValidationError } from './errors';
import { readDataset } from './read';

export type Verdict = { valid: true; summary: string } | { valid: false; problems: string };

export async function validateFolder(dir: string): Promise<Verdict> {
  try {
    const ds = await readDataset(dir);
    const quotes = ds.events.reduce((n, e) => n + e.sources.length, 0);
    const briefings = `${ds.briefings.length} briefing${ds.briefings.length === 1 ? '' : 's'}`;
    return { valid: true, summary: `data is valid: ${ds.places.length} places, ${ds.events.length} events, ${ds.articles.length} articles, ${quotes} quotes, ${briefings}` };
  } catch (error) {
    if (error instanceof DataValidationError) return { valid: false, problems: error.message };
    throw error;
  }
}
