/* main.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The entry point of memlab-cli, which hands everything to ml_cli_main(): the commands are
 * in ml-cli*.c, a static library that links no GTK.
 */

#include "ml-cli.h"

int
main (int   argc,
      char *argv[])
{
  return ml_cli_main (argc, argv);
}
