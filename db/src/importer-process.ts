/**
 * The importer's JVM as a child process that starts before it knows what to import: it is given
 * one argument, `@<fifo>` (picocli's argument file, read when the command line is parsed, after the
 * JVM has started and loaded the tool), and blocks reading that named pipe until `send` writes the
 * real arguments. A standard input cannot serve: Node gives a child a socket there, which the JVM
 * cannot open as a file.
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DbError } from './errors.ts';

/** How often `send` tries to open the pipe while the JVM has not opened it yet. */
const OPEN_RETRY_MS = 50;

/** A spawned importer JVM waiting for its arguments. */
export interface Importer {
  /**
   * Writes `args` (after the main class) to the JVM once it reads them. Resolves false when the JVM
   * ended first (`done` then says how).
   */
  send(args: string[]): Promise<boolean>;
  /** The JVM's end: its exit code (1 when killed) and its last 60 lines of output. */
  done: Promise<{ code: number; tail: string[] }>;
  /** Ends the JVM at once (SIGKILL); nothing when it has ended. */
  kill(): void;
}

/**
 * Spawns `bin` with `jvmArgs` (ending with the main class) and a named pipe for its arguments.
 * Output lines naming the importer's stages, its end and errors go to `log`.
 */
export function spawnImporter(
  bin: string,
  jvmArgs: string[],
  env: Record<string, string>,
  log?: (line: string) => void,
): Importer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policygraph-importer-'));
  const fifo = path.join(dir, 'arguments');
  execFileSync('mkfifo', ['-m', '600', fifo]);
  const tail: string[] = [];
  const child = spawn(bin, [...jvmArgs, `@${fifo}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let ended = false;
  let buffer = '';
  const onData = (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      tail.push(line);
      if (tail.length > 60) tail.shift();
      if (/COMPLETED|IMPORT DONE|ERROR|Exception|^\(\d\/\d\)/.test(line)) log?.(line.trim());
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const done = new Promise<{ code: number; tail: string[] }>((resolve, reject) => {
    child.on('error', (error) => {
      ended = true;
      rmSync(dir, { recursive: true, force: true });
      reject(error);
    });
    child.on('close', (code) => {
      ended = true;
      rmSync(dir, { recursive: true, force: true });
      if (buffer) tail.push(buffer);
      resolve({ code: code ?? 1, tail });
    });
  });
  done.catch(() => {}); // a cancelled importer: nobody waits on it
  return {
    done,
    kill: () => {
      if (!ended) child.kill('SIGKILL');
    },
    send: async (args) => {
      const text = argumentFile(args);
      for (;;) {
        if (ended) return false;
        let fd: number;
        try {
          // Without a reader, a non-blocking open fails (ENXIO) instead of waiting for ever.
          fd = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENXIO') throw error;
          await new Promise((resolve) => setTimeout(resolve, OPEN_RETRY_MS));
          continue;
        }
        try {
          const bytes = Buffer.from(text, 'utf8');
          let written = 0;
          while (written < bytes.length) {
            try {
              written += writeSync(fd, bytes, written);
            } catch (error) {
              if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
              await new Promise((resolve) => setTimeout(resolve, OPEN_RETRY_MS));
            }
          }
        } finally {
          closeSync(fd); // the reader sees the end of the file
        }
        return true;
      }
    },
  };
}

/**
 * Arguments as picocli reads an `@file`: each in double quotes on a line of its own, with
 * backslashes and quotes escaped (inside quotes nothing else is special). A line break cannot be
 * quoted there.
 * @throws DbError CONFIG_INVALID for an argument holding a line break (a file name, say).
 */
export function argumentFile(args: string[]): string {
  return args
    .map((arg) => {
      if (/[\n\r]/.test(arg))
        throw new DbError(
          'CONFIG_INVALID',
          `An importer argument holds a line break: ${JSON.stringify(arg)}`,
        );
      return `"${arg.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"\n`;
    })
    .join('');
}
