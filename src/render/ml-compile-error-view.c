/* ml-compile-error-view.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The picture of a program that does not compile: nothing runs, so no memory can be drawn;
 * instead the canvas shows the lines Go complains about, each error written under its line,
 * as a teacher would point at it on the board.  Kept apart from the views of memory because
 * it reads no snapshot, only the source and Go's messages.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ml-view-layouts.h"

#define MARGIN        28.0
#define CONTEXT_LINES 2
#define MAX_ERRORS    4
#define NUMBER_W      44.0

/* Adds line @number of @lines (1-based) at @y; returns its text. */
static MlSceneText *
add_source_line (MlScene          *scene,
                 const MlPalette  *palette,
                 char            **lines,
                 guint             number,
                 double            y,
                 gboolean          wrong)
{
  g_autofree char *label = g_strdup_printf ("%u", number);
  g_autofree char *text = g_strdup (lines[number - 1]);
  MlSceneText *t;

  /* Tabs as the editor shows them, four columns. */
  g_strdelimit (text, "\t", ' ');
  t = ml_scene_add_text (scene, ml_scene_key ("error-line-number", number, 0), label, ML_TEXT_MONO, MARGIN, y,
                         &palette->dim_foreground);
  t->klass = "line-number";
  t = ml_scene_add_text (scene, ml_scene_key ("error-line", number, 0), text, ML_TEXT_MONO, MARGIN + NUMBER_W, y,
                         wrong ? &palette->foreground : &palette->dim_foreground);
  t->klass = wrong ? "error-line" : "source-line";

  return t;
}

/**
 * ml_compile_error_view_layout:
 * @source: the program's text
 * @lines: the line of each error, 1-based
 * @messages: Go's message for each error
 * @n_errors: how many
 *
 * Returns: (transfer full): the lines in error, with Go's message under each
 */
MlScene *
ml_compile_error_view_layout (MlViewKind              view,
                              const char             *source,
                              const guint            *lines,
                              const char * const     *messages,
                              guint                   n_errors,
                              const MlRenderOptions  *options)
{
  static const MlColor red = { 0.878, 0.106, 0.141, 1 };
  const MlPalette *palette;
  g_auto(GStrv) text = g_strsplit (source != NULL ? source : "", "\n", -1);
  guint n_lines = g_strv_length (text);
  MlScene *scene;
  MlSceneText *t;
  double y, width = 600;
  g_autofree char *caption = NULL;

  options = ml_render_options_or_defaults (options);
  palette = ml_palette_get (options->theme);
  scene = ml_scene_new (view, options->theme, 800, 400);

  t = ml_scene_add_text (scene, ml_scene_key ("title", 0, 0), _("The program does not compile"), ML_TEXT_TITLE, MARGIN,
                         18, &palette->foreground);
  t->klass = "title";
  caption = g_strdup (_("Nothing runs, so there is no memory to draw: Go points at these lines."));
  t = ml_scene_add_text (scene, ml_scene_key ("caption", 0, 0), caption, ML_TEXT_CAPTION, MARGIN,
                         t->y + t->height + 6, &palette->dim_foreground);
  width = MAX (width, t->width + 2 * MARGIN);
  y = t->y + t->height + 24;

  for (guint e = 0; e < MIN (n_errors, MAX_ERRORS); e++)
    {
      guint line = lines[e];
      guint first = line > CONTEXT_LINES ? line - CONTEXT_LINES : 1;
      MlSceneText *wrong = NULL;
      MlSceneBox *box;
      MlRect r;

      if (line == 0 || line > n_lines)
        continue;
      for (guint l = first; l <= line; l++)
        {
          /* Lines shown already for the previous error are not repeated. */
          if (e > 0 && l <= lines[e - 1] && l >= first)
            continue;
          t = add_source_line (scene, palette, text, l, y, l == line);
          width = MAX (width, t->x + t->width + MARGIN);
          if (l == line)
            wrong = t;
          y += t->height + 2;
        }

      /* The line in error on a red band, and Go's words right under it. */
      r = (MlRect) { MARGIN - 6, wrong->y - 2, wrong->x + wrong->width - MARGIN + 12, wrong->height + 4 };
      box = ml_scene_add_box (scene, ml_scene_key ("error-band", line, 0), &r);
      box->fill = red;
      box->fill.alpha = 0.12;
      box->stroke = red;
      box->radius = 4;
      box->z = ML_Z_BACKGROUND;
      box->klass = "error-band";
      {
        g_autofree char *message = g_strdup_printf ("▲ %u: %s", line, messages[e]);

        t = ml_scene_add_text (scene, ml_scene_key ("error-message", line, 0), message, ML_TEXT_MONO,
                               MARGIN + NUMBER_W, y + 4, &red);
        t->klass = "error-message";
        width = MAX (width, t->x + t->width + MARGIN);
        y += t->height + 22;
      }
    }

  scene->width = width;
  scene->height = y + MARGIN;

  return scene;
}
