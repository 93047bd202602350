import type { Command } from "commander";

export function register(program: Command, helpers: { connectionOptions: (cmd: Command) => Command }): void {
  void program;
  void helpers;
}
