/* ml-cli-private.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ml-cli.h"

G_BEGIN_DECLS

int ml_cli_run    (int    argc,
                   char **argv);
int ml_cli_escape (int    argc,
                   char **argv);
int ml_cli_export (int    argc,
                   char **argv);

G_END_DECLS
