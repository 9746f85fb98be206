import { pathToFileURL } from 'node:url';

/** Runs a Markdown-producing benchmark when its file is executed directly (`tsx test/bench/x.ts`). */
export function runStandalone(moduleUrl: string, bench: () => Promise<string>): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  bench().then(
    (md) => {
      process.stdout.write(`${md}\n`);
      process.exit(0);
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
