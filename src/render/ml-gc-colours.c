/* ml-gc-colours.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How an object's state in the collector's tricolour marking is drawn: its fill and text
 * colours, the letter on it and the words for it, and the legend that explains them.  The
 * memory map and the heap graph colour their objects alike, so the colours live here rather
 * than in either view.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ml-gc-colours-private.h"

MlColor
ml_gc_colour_fill (const MlPalette *palette,
                   guint8           colour)
{
  switch ((MlColour)colour)
    {
    case ML_COLOUR_WHITE:
      return palette->object_white;
    case ML_COLOUR_GREY:
      return palette->object_grey;
    case ML_COLOUR_BLACK:
      return palette->object_black;
    case ML_COLOUR_FREED:
      return palette->object_freed;
    case ML_COLOUR_FREE:
    default:
      return palette->segment_free;
    }
}

MlColor
ml_gc_colour_text (const MlPalette *palette,
                   guint8           colour)
{
  switch ((MlColour)colour)
    {
    case ML_COLOUR_WHITE:
      return palette->object_white_text;
    case ML_COLOUR_GREY:
      return palette->object_grey_text;
    case ML_COLOUR_BLACK:
      return palette->object_black_text;
    case ML_COLOUR_FREED:
    case ML_COLOUR_FREE:
    default:
      return palette->dim_foreground;
    }
}

/* The letter on each object, so that the state reads in greyscale print and for viewers
 * who cannot tell the greys apart.  One letter, not translated: W, G and B are what the
 * lecture's own tricolour vocabulary abbreviates to in both languages' slides. */
const char *
ml_gc_colour_letter (guint8 colour)
{
  switch ((MlColour)colour)
    {
    case ML_COLOUR_WHITE:
      return "W";
    case ML_COLOUR_GREY:
      return "G";
    case ML_COLOUR_BLACK:
      return "B";
    case ML_COLOUR_FREED:
      return "×";
    case ML_COLOUR_FREE:
    default:
      return "";
    }
}

const char *
ml_gc_colour_name (guint8 colour)
{
  switch ((MlColour)colour)
    {
    case ML_COLOUR_WHITE:
      /* Translators: tricolour state: not reached (yet); garbage if still white at the end. */
      return _("white: not reached yet");
    case ML_COLOUR_GREY:
      return _("grey: reached, to scan");
    case ML_COLOUR_BLACK:
      return _("black: reached and scanned");
    case ML_COLOUR_FREED:
      return _("freed by the sweep");
    case ML_COLOUR_FREE:
    default:
      return _("free slot");
    }
}


/**
 * ml_gc_colour_add_legend:
 *
 * Adds the tricolour legend: a swatch with its letter and hatching per state, as the
 * objects are drawn, and its meaning.
 */
void
ml_gc_colour_add_legend (MlScene         *scene,
                         const MlPalette *palette,
                         double           x,
                         double           y,
                         gboolean         with_freed,
                         gboolean         with_free,
                         double          *width,
                         double          *height)
{
  static const guint8 states[] = { ML_COLOUR_WHITE, ML_COLOUR_GREY, ML_COLOUR_BLACK, ML_COLOUR_FREED, ML_COLOUR_FREE };
  double cx = x;
  double line_h = ml_text_line_height (ML_TEXT_SMALL);

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      guint8 c = states[i];
      MlRect swatch = { cx, y, 22, 22 };
      MlSceneBox *box;
      MlSceneText *t;
      const char *letter = ml_gc_colour_letter (c);
      double lw, lh;
      MlColor text_color = ml_gc_colour_text (palette, c);

      if ((c == ML_COLOUR_FREED && !with_freed) || (c == ML_COLOUR_FREE && !with_free))
        continue;

      box = ml_scene_add_box (scene, ml_scene_key ("legend", c, 0), &swatch);
      box->fill = ml_gc_colour_fill (palette, c);
      box->stroke = ml_color_mix (&palette->border, &palette->foreground, 0.3);
      box->radius = 4;
      box->klass = "legend";
      box->z = ML_Z_OVERLAY;
      if (c == ML_COLOUR_GREY)
        box->flags |= ML_BOX_HATCHED;
      if (c == ML_COLOUR_FREED)
        box->flags |= ML_BOX_DASHED;

      if (*letter != '\0')
        {
          ml_text_measure (letter, ML_TEXT_MARK, &lw, &lh);
          t = ml_scene_add_text (scene, ml_scene_key ("legend-letter", c, 0), letter, ML_TEXT_MARK,
                                 cx + (22 - lw) / 2, y + (22 - lh) / 2, &text_color);
          t->z = ML_Z_OVERLAY;
        }

      t = ml_scene_add_text (scene, ml_scene_key ("legend-text", c, 0), ml_gc_colour_name (c), ML_TEXT_SMALL,
                             cx + 28, y + (22 - line_h) / 2, &palette->foreground);
      t->z = ML_Z_OVERLAY;
      cx += 28 + t->width + 22;
    }

  if (width != NULL)
    *width = cx - x - 22;
  if (height != NULL)
    *height = 22;
}
