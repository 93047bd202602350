#!/usr/bin/env node
// Entry point of the `ferry` command: runs the TypeScript CLI through tsx's ESM loader.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../bridge/src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
