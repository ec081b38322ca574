import cliProgress from 'cli-progress';

/** Reports progress of a long command. */
export interface Progress {
  /** `done` of `total` items finished. */
  update(done: number, total: number): void;
  /** Ends the report (clears the bar on a terminal). */
  stop(): void;
}

/**
 * A progress bar with rate and ETA on a terminal (stderr), plain progress lines every 10% otherwise,
 * so logs of CI and scripts stay readable. `label` names the work ("importing").
 */
export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total} {percentage}% | {eta_formatted} left`, clearOnComplete: true, stream },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total) {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let lastDecile = -1;
  return {
    update(done, total) {
      const decile = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (decile === lastDecile) return;
      lastDecile = decile;
      stream.write(`${label}: ${done}/${total}\n`);
    },
    stop() {},
  };
}
