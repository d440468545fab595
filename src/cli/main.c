/* main.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ml-cli.h"

int
main (int   argc,
      char *argv[])
{
  return ml_cli_main (argc, argv);
}
