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
 * - **Where graphql-jit answers otherwise, graphql-js answers.** A request that leaves out a
 *   non-null variable with a default, or gives `@include`/`@skip` a null, runs through graphql-js
 *   (graphql-jit ignores such a default, and takes the null for false). Errors are rebuilt as
 *   graphql-js gives them (locations, the wording of a refused variable, masking of the executor's
 *   own errors), and a type resolver that throws makes a masked field error, not a request that
 *   never ends (graphql-jit leaves that rejection unhandled).
 *
 * Two differences remain, both in answers with several errors: when errors make a parent field
 * null, graphql-js reports the first of them and a compiled operation every one; and a null in a
 * non-null field (a fault of the server's, never the client's) is listed after the other errors.
 *
 * Everything before execution is unchanged: parsing, validation, the operation limits, the cost
 * limit and the write protection run first (the plugins before this one in `yoga.ts`), and an
 * operation they stop never reaches compiled code. Otherwise resolvers, errors (codes, paths,
 * masking) and the answer's data are the same either way (`api-compiled-execution.test.ts` and this
 * plugin's unit test compare them).
 */
import type {
  DocumentNode,
  ExecutionArgs,
  ExecutionResult,
  GraphQLError,
  GraphQLSchema,
  GraphQLTypeResolver,
  OperationDefinitionNode,
  Source,
} from 'graphql';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
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
  /** Hears of an error a compiled operation cannot report itself (a type resolver that threw). */
  onRuntimeError?: (error: unknown) => void;
}

/** An operation compiled, with what its answers' errors are rebuilt from. */
interface Compiled {
  query: CompiledQuery;
  operation: OperationDefinitionNode;
  /** The document's text, and the offset where each of its lines starts. */
  source: Source | undefined;
  lineStarts: number[];
  /**
   * Variables whose values make graphql-jit answer otherwise than graphql-js: non-null ones with a
   * default (graphql-jit ignores the default when the variable is left out), and those that
   * `@include(if:)` or `@skip(if:)` read (graphql-jit takes a null there for false; graphql-js
   * refuses it). A request that leaves out the first or sends null or nothing for the second runs
   * through graphql-js.
   */
  nonNullWithDefault: string[];
  directiveVariables: { name: string; hasDefault: boolean }[];
}

/** What is known of one operation of a document: executions so far, or its compiled form (null: cannot). */
type OperationEntry = number | Compiled | null;

/** Offsets of the first character of every line of `body` (line terminators as GraphQL counts them). */
function lineStartsOf(body: string): number[] {
  const starts = [0];
  for (const match of body.matchAll(/\r\n|\n|\r/g)) starts.push(match.index + match[0].length);
  return starts;
}

/**
 * graphql-jit's error as graphql-js makes it: graphql-jit gives an error its `locations` but not
 * the source and positions they come from, and Yoga rebuilds every error of an answer from those
 * (dropping the locations). Message, path, extensions and original error are kept; the executor's
 * own field errors are masked as graphql-js's would be.
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
    // A field error that no resolver raised is the executor's own: a null in a non-null field, a
    // value its type cannot serialise, a node whose type cannot be told. graphql-tools' executor
    // raises those as plain Errors, which Yoga masks; graphql-jit raises them as GraphQLErrors
    // without an original error, which it would not.
    originalError: error.originalError ?? (error.path ? new Error(error.message) : undefined),
    extensions: error.extensions,
  });
}

/** The variables of `operation` that `needsInterpreter` watches (see `Compiled`). */
function watchedVariables(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): Pick<Compiled, 'nonNullWithDefault' | 'directiveVariables'> {
  const definitions = operation.variableDefinitions ?? [];
  const nonNullWithDefault = definitions
    .filter(
      (definition) =>
        definition.defaultValue && definition.type.kind === graphqlJs.Kind.NON_NULL_TYPE,
    )
    .map((definition) => definition.variable.name.value);
  const withDefault = new Set(
    definitions.filter((d) => d.defaultValue).map((d) => d.variable.name.value),
  );
  const read = new Set<string>();
  // Directives of the operation and of every fragment (a fragment may be spread into it).
  graphqlJs.visit(document, {
    Directive(directive) {
      if (directive.name.value !== 'include' && directive.name.value !== 'skip') return;
      for (const argument of directive.arguments ?? [])
        if (argument.value.kind === graphqlJs.Kind.VARIABLE) read.add(argument.value.name.value);
    },
  });
  return {
    nonNullWithDefault,
    directiveVariables: [...read].map((name) => ({ name, hasDefault: withDefault.has(name) })),
  };
}

/** True when this request's variables are among those graphql-jit answers otherwise (see `Compiled`). */
function needsInterpreter(
  compiled: Compiled,
  variables: Readonly<Record<string, unknown>>,
): boolean {
  for (const name of compiled.nonNullWithDefault) if (variables[name] === undefined) return true;
  for (const { name, hasDefault } of compiled.directiveVariables) {
    const value = variables[name];
    if (value === null || (value === undefined && !hasDefault)) return true;
  }
  return false;
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
  const guarded = new WeakMap<GraphQLSchema, GraphQLSchema>();
  /**
   * `schema` with every abstract type's `resolveType` made total for graphql-jit: code it compiled
   * neither catches an error thrown there nor ever answers (the rejection goes unhandled). A type
   * that cannot be told makes the field's error instead, masked like graphql-js's; the thrown error
   * goes to `onRuntimeError`. graphql-js runs on the schema as it is.
   */
  const guardedSchema = (schema: GraphQLSchema): GraphQLSchema => {
    let copy = guarded.get(schema);
    if (!copy) {
      const total =
        (resolve: GraphQLTypeResolver<unknown, unknown>): GraphQLTypeResolver<unknown, unknown> =>
        (...args) => {
          const failed = (error: unknown) => {
            options.onRuntimeError?.(error);
            return undefined;
          };
          try {
            const type = resolve(...args);
            return type instanceof Promise ? type.catch(failed) : type;
          } catch (error) {
            return failed(error);
          }
        };
      copy = mapSchema(schema, {
        [MapperKind.INTERFACE_TYPE]: (type) => {
          const config = type.toConfig();
          return config.resolveType
            ? new graphqlJs.GraphQLInterfaceType({
                ...config,
                resolveType: total(config.resolveType),
              })
            : type;
        },
        [MapperKind.UNION_TYPE]: (type) => {
          const config = type.toConfig();
          return config.resolveType
            ? new graphqlJs.GraphQLUnionType({ ...config, resolveType: total(config.resolveType) })
            : type;
        },
      });
      guarded.set(schema, copy);
    }
    return copy;
  };
  const compile = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null,
  ): Compiled | null => {
    const operation = graphqlJs.getOperationAST(document, operationName);
    let query: CompiledQuery | ExecutionResult;
    try {
      query = compileQuery(guardedSchema(schema), document, operationName ?? undefined);
    } catch (error) {
      query = { errors: [graphqlJs.locatedError(error, undefined)] };
    }
    if (operation && isCompiledQuery(query)) {
      const source = document.loc?.source;
      return {
        query,
        operation,
        source,
        lineStarts: lineStartsOf(source?.body ?? ''),
        ...watchedVariables(document, operation),
      };
    }
    options.onCompileError?.(
      operation?.name?.value ?? operationName,
      isCompiledQuery(query) ? [] : (query.errors ?? []),
    );
    return null;
  };
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
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
      setExecuteFn((run) =>
        needsInterpreter(compiled, run.variableValues ?? {})
          ? executeFn(run)
          : runCompiled(compiled, run),
      );
    },
  };
}
