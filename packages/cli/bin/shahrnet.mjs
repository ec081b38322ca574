#!/usr/bin/env node
// Entry point of the `shahrnet` command. The Node packages run from TypeScript source through tsx
// (see ARCHITECTURE.md: no build step for Node code), so register tsx's loader, then load the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv);
