/* ml-text.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text styles and their measuring and drawing (see ml-text.c), for the views' layouts and the
 * scene's drawing.
 */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* The handful of text styles the diagrams use.  Sizes are in layout units (pixels at scale 1)
 * and deliberately generous: the pictures are projected in classrooms. */
typedef enum
{
  ML_TEXT_BODY,         /* field names, labels */
  ML_TEXT_SMALL,        /* annotations, axis ticks */
  ML_TEXT_HEADING,      /* a box's title: a variable's name, an object's type */
  ML_TEXT_TITLE,        /* a region's title: "Stack", "Heap" */
  ML_TEXT_MONO,         /* values as Go prints them */
  ML_TEXT_MONO_SMALL,   /* addresses */
  ML_TEXT_CAPTION,      /* dim explanations beside the picture */
  ML_TEXT_MARK,         /* the W / G / B letter on heap objects */
  ML_TEXT_TINY,         /* labels inside small boxes of dense views */
  ML_N_TEXT_STYLES
} MlTextStyle;

const char  *ml_text_get_family    (gboolean     monospace);
PangoLayout *ml_text_get_layout    (const char  *text,
                                    MlTextStyle  style);
void         ml_text_measure       (const char  *text,
                                    MlTextStyle  style,
                                    double      *width,
                                    double      *height);
double       ml_text_line_height   (MlTextStyle  style);
char        *ml_text_ellipsize     (const char  *text,
                                    MlTextStyle  style,
                                    double       max_width);
GPtrArray   *ml_text_wrap          (const char  *text,
                                    MlTextStyle  style,
                                    double       max_width,
                                    const char  *indent);
void         ml_text_draw          (cairo_t     *cr,
                                    const char  *text,
                                    MlTextStyle  style,
                                    double       x,
                                    double       y);
gboolean     ml_text_style_is_monospace (MlTextStyle style);
double       ml_text_style_get_size (MlTextStyle style);
void         ml_text_clear_cache   (void);

G_END_DECLS
