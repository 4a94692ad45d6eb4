import { describe, expect, it } from 'vitest';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { findJava, parseJavaVersion } from './java.ts';

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

const JDK25 = '/usr/lib/jvm/temurin-25-jdk-amd64';

describe('findJava with NEO4J_JAVA_HOME', () => {
  it('uses the chosen JDK when it is a supported one', () => {
    const found = findJava();
    const home = path.dirname(
      path.dirname(realpathSync(found.bin.includes('/') ? found.bin : '/usr/bin/java')),
    );
    expect(findJava({ ...process.env, NEO4J_JAVA_HOME: home })).toEqual({
      bin: path.join(home, 'bin', 'java'),
      version: found.version,
    });
  });

  it('refuses a home without Java instead of silently taking another JDK', () => {
    expect(() => findJava({ ...process.env, NEO4J_JAVA_HOME: '/nonexistent-jdk' })).toThrow(
      /NEO4J_JAVA_HOME is \/nonexistent-jdk.*does not run/,
    );
  });

  it.skipIf(!existsSync(`${JDK25}/bin/java`))(
    'refuses a JDK of a version Neo4j 5.26 does not run on',
    () => {
      expect(() => findJava({ ...process.env, NEO4J_JAVA_HOME: JDK25 })).toThrow(
        /Java 25; Neo4j 5.26 needs Java 17 or 21/,
      );
    },
  );
});
