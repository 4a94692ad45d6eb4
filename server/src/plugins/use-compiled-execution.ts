/**
 * Runs an operation that has been executed before through code compiled for it (graphql-jit's
 * `compileQuery`) instead of graphql-js's interpreter. graphql-js walks the selection set, looks up
 * every field's definition, checks every value's type and builds a path object for every field of
 * every row of the answer; a compiled query does that walk once, when it is compiled, and an answer
 * is then a chain of plain function calls. On a large answer (a depth-2 neighbourhood: about 250
 * relationships with their evidence, 3,000 fields) that is a quarter of the serving process's CPU
 * (BENCHMARKS.md, "compiled execution").
 *
 * - **Compiled the second time, not the first.** Compiling costs from 0.2 ms (a small review query)
 *   to 20 ms (the explorer's node details, 317 tokens) and more near the token limit, so a client
 *   that sends a new document with every request (aliases or literals changed each time) would
 *   otherwise make the server compile for every request. The explorer, GraphiQL tabs run again and
 *   generated clients send the same documents over and over.
 * - **Per document and operation.** A document may hold several operations (GraphiQL's tabs often
 *   do) and each request names one: what is compiled is that operation, so it is kept under both.
 * - **Kept no longer than the parsed document.** Yoga's parser cache gives the same document object
 *   for the same text (at most 1,024 texts, each dropped an hour after it was parsed); counts and
 *   compiled queries live in weak maps keyed by that object.
 * - **Falls back.** An operation graphql-jit cannot compile runs through graphql-js as before;
 *   `onCompileError` hears of it once per operation.
 *
 * One difference remains, in an answer that holds both a null in a non-null field (a fault of the
 * server's, never the client's) and another error: graphql-jit lists the non-null error last.
 *
 * Everything before execution is unchanged: parsing, validation, the operation limits, the cost
 * limit and the write protection run first (the plugins before this one in `yoga.ts`), and an
 * operation they stop never reaches compiled code. Resolvers, errors (codes, paths, masking) and the
 * answer's JSON are the same either way (`api-compiled-execution.test.ts` compares them).
 */
import type {
  DocumentNode,
  ExecutionArgs,
  ExecutionResult,
  GraphQLError,
  GraphQLSchema,
  OperationDefinitionNode,
  Source,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import { graphqlJs } from '../graphql-js.ts';

/** Executions of an operation through graphql-js before it is compiled. */
export const EXECUTIONS_BEFORE_COMPILING = 1;

export interface CompiledExecutionOptions {
  /** How many times an operation runs through graphql-js first; 0 compiles at once. @default 1 */
  executionsBeforeCompiling?: number;
  /** Hears of an operation graphql-jit could not compile (it then keeps running uncompiled). */
  onCompileError?: (operationName: string | null, errors: readonly GraphQLError[]) => void;
}

/** An operation compiled, with what its answers' errors are rebuilt from. */
interface Compiled {
  query: CompiledQuery;
  operation: OperationDefinitionNode;
  /** The document's text, and the offset where each of its lines starts. */
  source: Source | undefined;
  lineStarts: number[];
}

/** What is known of one operation of a document: executions so far, or its compiled form (null: cannot). */
type OperationEntry = number | Compiled | null;

/** The message of a null returned for a non-null field, in graphql-js's and graphql-jit's words. */
const NON_NULL_VIOLATION = /^Cannot return null for non-nullable field /;

/** Offsets of the first character of every line of `body` (line terminators as GraphQL counts them). */
function lineStartsOf(body: string): number[] {
  const starts = [0];
  for (const match of body.matchAll(/\r\n|\n|\r/g)) starts.push(match.index + match[0].length);
  return starts;
}

/**
 * graphql-jit's error as graphql-js makes it: graphql-jit gives an error its `locations` but not
 * the source and positions they come from, and Yoga rebuilds every error of an answer from those
 * (dropping the locations). Message, path, extensions and original error are kept; a non-null
 * violation is masked as graphql-js's would be.
 */
function asGraphqlJsError(error: GraphQLError, compiled: Compiled): GraphQLError {
  const { source, lineStarts } = compiled;
  const positions =
    source && error.locations
      ? error.locations.map(({ line, column }) => (lineStarts[line - 1] ?? 0) + column - 1)
      : undefined;
  return new graphqlJs.GraphQLError(error.message, {
    source,
    positions,
    path: error.path,
    // graphql-js (through graphql-tools' executor) raises a null in a non-null field as a plain
    // Error, which Yoga masks; graphql-jit raises it as a GraphQLError of its own, which it would not.
    originalError:
      error.originalError ??
      (NON_NULL_VIOLATION.test(error.message) ? new Error(error.message) : undefined),
    extensions: error.extensions,
  });
}

function withGraphqlJsErrors(result: ExecutionResult, compiled: Compiled): ExecutionResult {
  if (!result.errors || result.errors.length === 0) return result;
  return { ...result, errors: result.errors.map((error) => asGraphqlJsError(error, compiled)) };
}

/**
 * Runs `compiled` as graphql-js would. graphql-jit refuses bad variables before running anything,
 * with an answer of errors and no data, in words of its own: such an answer is replaced by
 * graphql-js's refusal of the same variables (only then are they coerced twice).
 */
function runCompiled(
  compiled: Compiled,
  run: ExecutionArgs,
): ExecutionResult | Promise<ExecutionResult> {
  const result = compiled.query.query(run.rootValue, run.contextValue, run.variableValues);
  if (result instanceof Promise)
    return result.then((answer) => withGraphqlJsErrors(answer, compiled));
  if (!('data' in result) && result.errors) {
    const variables = graphqlJs.getVariableValues(
      run.schema,
      compiled.operation.variableDefinitions ?? [],
      run.variableValues ?? {},
      { maxErrors: 50 },
    );
    if (variables.errors) return { errors: variables.errors };
  }
  return withGraphqlJsErrors(result, compiled);
}

/** The plugin (see the module's comment). */
export function useCompiledExecution(options: CompiledExecutionOptions = {}): Plugin {
  const threshold = options.executionsBeforeCompiling ?? EXECUTIONS_BEFORE_COMPILING;
  const byDocument = new WeakMap<DocumentNode, Map<string, OperationEntry>>();
  const compile = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null,
  ): Compiled | null => {
    const operation = graphqlJs.getOperationAST(document, operationName);
    let query: CompiledQuery | ExecutionResult;
    try {
      query = compileQuery(schema, document, operationName ?? undefined);
    } catch (error) {
      query = { errors: [graphqlJs.locatedError(error, undefined)] };
    }
    if (operation && isCompiledQuery(query)) {
      const source = document.loc?.source;
      return { query, operation, source, lineStarts: lineStartsOf(source?.body ?? '') };
    }
    options.onCompileError?.(
      operation?.name?.value ?? operationName,
      isCompiledQuery(query) ? [] : (query.errors ?? []),
    );
    return null;
  };
  return {
    onExecute({ args, setExecuteFn }) {
      const operationName = args.operationName ?? null;
      let operations = byDocument.get(args.document);
      if (!operations) byDocument.set(args.document, (operations = new Map()));
      const key = operationName ?? '';
      let entry: OperationEntry = operations.has(key) ? operations.get(key)! : 0;
      if (typeof entry === 'number') {
        if (entry < threshold) {
          operations.set(key, entry + 1);
          return;
        }
        entry = compile(args.schema, args.document, operationName);
        operations.set(key, entry);
      }
      if (entry === null) return;
      const compiled = entry;
      setExecuteFn((run) => runCompiled(compiled, run));
    },
  };
}
