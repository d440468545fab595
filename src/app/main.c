/* main.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The entry point of memlab, the desktop application: it binds the translations and runs
 * MlApplication.  Everything else is in the static library, so that the UI tests drive the
 * very same code.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <signal.h>

#include "ml-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MlApplication) app = NULL;
  const char *localedir = g_getenv ("MEMLAB_LOCALEDIR");
  int ret;

  /* MEMLAB_LOCALEDIR lets an uninstalled build find its own translations. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* Past a file size limit (ulimit -f) a write fails with EFBIG, which saving and exporting
   * report and clean up after, instead of the signal ending MemLab with a file half-written. */
  signal (SIGXFSZ, SIG_IGN);

  app = ml_application_new (APP_ID, G_APPLICATION_HANDLES_OPEN);

  ret = g_application_run (G_APPLICATION (app), argc, argv);

  return ret != 0 ? ret : ml_application_get_exit_status (app);
}
