import { describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './support/shared.ts';

/**
 * Runs `script` (an ES module importing src/stdio.ts) in a child Node and collects its stdout, reading it slowly at
 * first so that a writer meets a full pipe.
 */
function childOutput(script: string): Promise<{ out: Buffer; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), 300);
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ out: Buffer.concat(chunks), code, stderr }));
  });
}

describe('stdio: the log without process.stdout', () => {
  const stdio = JSON.stringify(path.join(repoRoot, 'src', 'stdio.ts'));
  const line = 'x'.repeat(1023) + '\n';

  test.each([
    ['as the pipe was inherited', ''],
    // Node's own stream for a pipe makes it non-blocking: a write then meets EAGAIN while the reader waits.
    ['after Node made the pipe non-blocking', 'process.stdout;'],
  ])('every byte of 4 MB written to a slow reader arrives, in order (%s)', async (_, before) => {
    const { out, code, stderr } = await childOutput(
      `${before} const { stdout } = await import(${stdio}); for (let i = 0; i < 4096; i++) stdout.write(${JSON.stringify(line)});`,
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(out.length).toBe(4096 * 1024);
    expect(out.equals(Buffer.from(line.repeat(4096)))).toBe(true);
  });

  test('a reader that has gone is no error: the rest is dropped and the process goes on', async () => {
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const script = `const { stdout, stderr } = await import(${stdio}); for (let i = 0; i < 4096; i++) stdout.write(${JSON.stringify(line)}); stderr.write('done');`;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let err = '';
      child.stdout.destroy(); // the reader goes before the first write
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      child.on('close', (exit) => resolve({ code: exit, stderr: err }));
    });
    expect({ code, stderr }).toEqual({ code: 0, stderr: 'done' });
  });

  test('a pipe or a file is not a terminal (and needs no tty module to tell)', async () => {
    const { out } = await childOutput(
      `const { stdout, stderr } = await import(${stdio}); const tty = process.moduleLoadList.includes('NativeModule tty'); stdout.write(JSON.stringify([stdout.isTTY, stderr.isTTY, tty]));`,
    );
    expect(JSON.parse(out.toString())).toEqual([false, false, false]);
  });
});
