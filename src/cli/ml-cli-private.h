/* ml-cli-private.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the commands of memlab-cli share with the dispatcher in ml-cli.c: each command's entry
 * point, and the steps more than one command takes (its options, the Go front end).
 */

#pragma once

#include "ml-cli.h"
#include "ml-front-end.h"
#include "ml-vm.h"

G_BEGIN_DECLS

int ml_cli_run    (int    argc,
                   char **argv);
int ml_cli_escape (int    argc,
                   char **argv);
int ml_cli_export (int    argc,
                   char **argv);

gboolean   ml_cli_parse_options (const char      *command,
                                 GOptionContext  *context,
                                 int             *argc,
                                 char          ***argv,
                                 char          ***files);
/* --max-time not given: the command's default. */
#define ML_CLI_TIME_UNSET G_MININT64

gboolean   ml_cli_check_budgets (const char      *command,
                                 gint64           max_steps,
                                 gint64           max_memory_mib,
                                 gint64           max_time,
                                 gint64           max_history_mib);
void       ml_cli_print_limit_hint (const char    *command,
                                    MlVmLimit      limit);
gboolean   ml_cli_read_program  (const char      *command,
                                 const char      *path,
                                 char           **text,
                                 gsize           *length);
MlProgram *ml_cli_front_end     (const char      *path,
                                 const char      *text,
                                 gsize            length,
                                 gboolean         strict);
int        ml_cli_internal_error (const char     *path,
                                  const char     *what,
                                  guint           line,
                                  guint64         step);

G_END_DECLS
