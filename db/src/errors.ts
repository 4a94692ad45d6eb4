/**
 * Errors raised while installing, starting or reaching Neo4j. Each carries a `code` for scripts
 * and a message meant to be read by a person: what went wrong and what to do about it.
 */
export type DbErrorCode =
  | 'JAVA_MISSING'
  | 'JAVA_VERSION'
  | 'MAVEN_MISSING'
  | 'INSTALL_FAILED'
  | 'PORT_IN_USE'
  | 'STORE_LOCKED'
  | 'START_FAILED'
  | 'START_TIMEOUT'
  | 'NOT_RUNNING'
  | 'CONFIG_INVALID'
  | 'IMPORT_FAILED';

export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DbError';
  }
}
