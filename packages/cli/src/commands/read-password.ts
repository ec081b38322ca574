import { AppError } from '@shahrnet/core';

/**
 * Reads a password for `user add`: all of standard input with `--password-stdin` (one trailing newline
 * removed), else an interactive prompt that echoes nothing, asked twice. Refuses to prompt without a
 * terminal so scripts fail clearly instead of hanging.
 */
export async function readPassword(options: {
  fromStdin: boolean;
  input?: NodeJS.ReadStream;
  output?: NodeJS.WriteStream;
}): Promise<string> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stderr;
  if (options.fromStdin) {
    const chunks: Buffer[] = [];
    for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  }
  if (!input.isTTY) {
    throw new AppError('validation_failed', 'no terminal to ask for the password: pipe it with --password-stdin', [
      { source: '--password-stdin', message: 'required when standard input is not a terminal' },
    ]);
  }
  const first = await promptHidden('Password: ', input, output);
  const second = await promptHidden('Repeat password: ', input, output);
  if (first !== second) throw new AppError('validation_failed', 'the two passwords differ');
  return first;
}

function promptHidden(question: string, input: NodeJS.ReadStream, output: NodeJS.WriteStream): Promise<string> {
  return new Promise((resolve, reject) => {
    output.write(question);
    let value = '';
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const done = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      output.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (data: string) => {
      for (const ch of data) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new AppError('validation_failed', 'cancelled'));
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else value += ch;
      }
    };
    input.on('data', onData);
  });
}
