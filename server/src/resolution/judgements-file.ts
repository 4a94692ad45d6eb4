/** The repository's judgements file (@policygraph/import), the default of AppOptions.judgementsFile. */
export { JUDGEMENTS_FILE } from '@policygraph/import';
