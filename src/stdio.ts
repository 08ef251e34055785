/**
 * Standard output and error without process.stdout and process.stderr: creating either loads Node's stream
 * machinery (and for a terminal, its tty and net modules), a twentieth of a small run and more than the action's own
 * output costs. Node writes to pipes and files synchronously on Linux anyway; these do the same through the file
 * descriptor.
 */
import { fstatSync, writeSync } from 'node:fs';

/** Something to wait on between two tries of a write to a full pipe. */
const PAUSE = new Int32Array(new SharedArrayBuffer(4));
const MAX_PAUSES = 10_000;

/**
 * Writes all of `text` to `fd`. A pipe another process made non-blocking may be full for a moment: wait 1 ms and try
 * again, at most MAX_PAUSES times. A reader that has gone (`| head`) reads nothing more: the rest is dropped.
 */
function writeFd(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let pauses = 0;
  for (let offset = 0; offset < bytes.length;) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException;
      if (code === 'EPIPE') return;
      if (code !== 'EAGAIN' || ++pauses > MAX_PAUSES) throw error;
      Atomics.wait(PAUSE, 0, 0, 1);
    }
  }
}

/**
 * Whether standard output (1) or error (2) is a terminal. Only a character device can be one: a pipe or a file is
 * told apart by its stat, and Node's own stream (with its tty module) is made only for a device.
 */
function isTerminal(fd: 1 | 2): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return Boolean((fd === 1 ? process.stdout : process.stderr).isTTY);
}

/** Standard output or error, as the action and the command line write them (tests replace `write`). */
export interface OutputStream {
  write(text: string): void;
  readonly isTTY: boolean;
}

function stream(fd: 1 | 2): OutputStream {
  return {
    write: (text) => writeFd(fd, text),
    get isTTY() {
      return isTerminal(fd);
    },
  };
}

export const stdout = stream(1);
export const stderr = stream(2);
