/**
 * The progress of a batch, on stderr. On a terminal it is one line redrawn in place,
 * `[#####.....] 12/40 name.txt`; in a log (not a terminal, or under CI, where a carriage return
 * piles up as noise) it is one line per file, with what became of it. It counts files, never time,
 * so the same batch prints the same lines.
 */

/** Where the bar is drawn in place: a terminal's stderr. */
export interface ProgressTerminal {
  write(chunk: string): void;
}

export interface Progress {
  /** File `index` (0-based) of the batch is being drafted. */
  start(index: number, file: string): void;
  /** File `index` is done: what became of it, in a few words. */
  done(index: number, file: string, outcome: string): void;
  /** The batch is over: the bar's line is ended. */
  finish(): void;
}

const WIDTH = 20;

/** `[#####.....]` for `done` files of `total`. */
export function bar(done: number, total: number): string {
  const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}]`;
}

/** The bar redrawn on `terminal`, or else a line per file on `line`. */
export function progress(total: number, terminal: ProgressTerminal | undefined, line: (text: string) => void): Progress {
  if (!terminal) {
    return {
      start: () => undefined,
      done: (index, file, outcome) => line(`${index + 1}/${total} ${file}: ${outcome}`),
      finish: () => undefined,
    };
  }
  let drawn = false;
  // `\r` back to the start of the line, `\x1b[K` clears what a longer name left behind.
  const draw = (done: number, shown: number, file: string) => {
    terminal.write(`\r${bar(done, total)} ${shown}/${total} ${file}\x1b[K`);
    drawn = true;
  };
  return {
    start: (index, file) => draw(index, index + 1, file),
    done: (index, file) => draw(index + 1, index + 1, file),
    finish: () => {
      if (drawn) terminal.write('\n');
    },
  };
}
