import { describe, expect, it } from 'vitest';
import { parseJavaVersion } from './java.ts';

describe('parseJavaVersion', () => {
  it('reads the major version of modern and legacy version strings', () => {
    expect(parseJavaVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaVersion('java version "1.8.0_392"')).toBe(8);
  });

  it('returns null for text that is not a version banner', () => {
    expect(parseJavaVersion('bash: java: command not found')).toBeNull();
  });
});

describe('findJava', () => {
  it('names the missing prerequisite when no Java can be found', async () => {
    const { findJava } = await import('./java.ts');
    const { mkdtempSync } = await import('node:fs');
    const os = await import('node:os');
    const empty = mkdtempSync(`${os.tmpdir()}/no-jvm-`);
    expect(() => findJava({ PATH: empty }, empty)).toThrow(/Java was not found.*JDK 17/);
  });

  it('finds a Java 17 or 21 on this machine', async () => {
    const { findJava } = await import('./java.ts');
    expect([17, 21]).toContain(findJava().version);
  });
});
