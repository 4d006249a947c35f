/** SPEC §7's exit codes. */
export const EXIT_OK = 0;
/** The workbook has error-level problems; statuses were still written for the rows that could be evaluated. */
export const EXIT_PROBLEMS = 1;
/** Usage, file or format error: nothing was written. */
export const EXIT_FAILURE = 2;

export type ExitCode = typeof EXIT_OK | typeof EXIT_PROBLEMS | typeof EXIT_FAILURE;
