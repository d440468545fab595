/* ml-cli.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * memlab-cli's entry point, its exit statuses and the table of its commands.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses, as `go run` and the usual command-line conventions use them: 0 when all went
 * well; 1 when the program does not compile, panics or exits with another status (as `go run`
 * exits 1 and prints "exit status N"), or a file cannot be read or written; 2 for a usage
 * error; 3 when the program went past one of MemLab's limits (steps, memory) and was stopped;
 * 70 (sysexits.h's EX_SOFTWARE) when MemLab itself failed: a model check did not hold. */
#define ML_CLI_EXIT_OK       0
#define ML_CLI_EXIT_FAILURE  1
#define ML_CLI_EXIT_USAGE    2
#define ML_CLI_EXIT_LIMIT    3
#define ML_CLI_EXIT_INTERNAL 70

typedef struct
{
  const char *name;
  const char *synopsis;     /* translatable, shown in --help */
  const char *summary;      /* translatable, shown in --help */
  int       (*run)         (int    argc,
                            char **argv);
} MlCliCommand;

int ml_cli_main (int    argc,
                 char **argv);

G_END_DECLS
