// What a command of the command line is given and returns (cli/main.ts loads each from ./commands/).
// Apart from main.ts so that the commands do not import the file that loads them.

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
}
/** A command returns its exit code. */
export type Command = (args: string[], io: CommandIo) => Promise<number>;
