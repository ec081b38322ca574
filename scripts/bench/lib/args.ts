/** The value after `--name` in a benchmark's arguments, or undefined. Shared by the bench scripts. */
export function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
