/* ml-palette.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Colours (see ml-palette.c): MlColor and its mixing helpers, the theme, and the palette of
 * named colours each theme gives the views.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} MlColor;

typedef enum
{
  ML_THEME_LIGHT,
  ML_THEME_DARK,
} MlTheme;

/* The colours every diagram is drawn with.  They come from the Adwaita palette so that the
 * pictures sit naturally in the window and in GNOME-styled slides, and every pair that
 * carries text has enough contrast to be read from the back of a classroom. */
typedef struct
{
  MlColor background;
  MlColor foreground;
  MlColor dim_foreground;
  MlColor border;
  MlColor accent;

  /* The tricolour abstraction and freed slots. */
  MlColor object_white;
  MlColor object_grey;
  MlColor object_black;
  MlColor object_freed;
  MlColor object_white_text;
  MlColor object_grey_text;
  MlColor object_black_text;

  /* One colour per segment of the process image. */
  MlColor segment_text;
  MlColor segment_rodata;
  MlColor segment_data;
  MlColor segment_heap;
  MlColor segment_stack;
  MlColor segment_free;

  MlColor pointer;
  MlColor highlight;
  MlColor stw_band;
} MlPalette;

const MlPalette *ml_palette_get           (MlTheme        theme);
gboolean         ml_theme_from_string     (const char    *name,
                                           MlTheme       *theme);
double           ml_color_contrast_ratio  (const MlColor *a,
                                           const MlColor *b);

G_END_DECLS
