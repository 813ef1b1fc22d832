/**
 * The `copydesk` command line: `copydesk <command> [options]`. Commands live
 * in `commands/` (one file each, listed in `commands/index.ts`).
 */
import { allCommands, COMMAND_NAMES, commandByName } from './commands';
import { isMainThread, workerData } from 'worker_threads';
import { setWorkerEntry } from './workerEntry';
import { exitQuietlyOnClosedPipe, packageVersion, processIO, UsageError, type CliIO, type ExitCode } from './io';

function usage(): string {
  const commands = allCommands();
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: copydesk <command> [options]

A copy editor's sourcing checks for news drafts, on the command line.

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     show this help (copydesk <command> --help for a command's options)
  -v, --version  print the version

Example: copydesk check --format json story.md
`;
}

/** Runs the CLI with `args` (without `node` and the script); resolves to the exit code, or null while the server runs. */
export async function run(args: string[], io: CliIO = processIO): Promise<ExitCode> {
  const [first, ...rest] = args;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' && rest[0] ? commandByName(rest[0]) : undefined;
    if (topic) {
      io.out(topic.help);
      return 0;
    }
    (first === undefined ? io.err : io.out)(usage());
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    io.out(`${packageVersion()}\n`);
    return 0;
  }
  const command = commandByName(first);
  if (!command) {
    io.err(`copydesk: unknown command "${first}" (commands: ${COMMAND_NAMES.join(', ')}; see copydesk --help)\n`);
    return 2;
  }
  // `copydesk check … | head -1`: a closed pipe ends the run quietly (the language server's stdout is its protocol stream).
  if (io === processIO && command.name !== 'lsp') exitQuietlyOnClosedPipe();
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`copydesk ${command.name}: ${e.message} (see copydesk ${command.name} --help)\n`);
      return 2;
    }
    throw e;
  }
}

// `--jobs`: worker threads run this same file and answer tasks; bin/copydesk.js, when it loads the bundle
// through its code cache, names itself instead (setWorkerEntry), so the workers use the cache too.
setWorkerEntry(__filename);
export { setWorkerEntry };
if (!isMainThread && (workerData as { copydeskWorker?: boolean } | null)?.copydeskWorker) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the pool loads only in a worker or a run that uses it
  (require('./pool') as typeof import('./pool')).serveWorker();
}

if (require.main === module && isMainThread) {
  run(process.argv.slice(2)).then(
    (code) => {
      if (code !== null) process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`copydesk: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
