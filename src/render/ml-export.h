/* ml-export.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export to files (see ml-export.c): the formats, their names and extensions, the error
 * domain, ml_export_to_file(), which writes whatever a callback draws, and
 * ml_export_bytes_to_file(), which writes a document already made, as atomically.
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  ML_EXPORT_PNG,
  ML_EXPORT_SVG,
  ML_EXPORT_PDF,
} MlExportFormat;

#define ML_EXPORT_ERROR (ml_export_error_quark ())

typedef enum
{
  ML_EXPORT_ERROR_UNKNOWN_FORMAT,
  ML_EXPORT_ERROR_INVALID_SIZE,
  ML_EXPORT_ERROR_DRAWING,
} MlExportError;

/* The largest picture side, in pixels, a PNG export may have: cairo's image surfaces stop at
 * 32767, and a bigger slide picture than this helps nobody. */
#define ML_EXPORT_MAX_PIXELS 16384
#define ML_EXPORT_MAX_SCALE  8.0

/**
 * MlExportDrawFunc:
 * @cr: the context to draw on, in units where the picture is @width by @height
 *
 * Draws one picture.  The same function draws on screen and into every export format.
 */
typedef void (*MlExportDrawFunc) (cairo_t  *cr,
                                  double    width,
                                  double    height,
                                  gpointer  user_data);

GQuark      ml_export_error_quark        (void);
gboolean    ml_export_format_from_path   (const char        *path,
                                          MlExportFormat    *format);
const char *ml_export_format_to_string   (MlExportFormat     format);
gboolean    ml_export_format_from_string (const char        *name,
                                          MlExportFormat    *format);
gboolean    ml_export_to_file            (GFile             *file,
                                          MlExportFormat     format,
                                          double             width,
                                          double             height,
                                          double             scale,
                                          MlExportDrawFunc   draw,
                                          gpointer           user_data,
                                          GCancellable      *cancellable,
                                          GError           **error);
gboolean    ml_export_to_file_titled     (GFile             *file,
                                          MlExportFormat     format,
                                          double             width,
                                          double             height,
                                          double             scale,
                                          const char        *title,
                                          MlExportDrawFunc   draw,
                                          gpointer           user_data,
                                          GCancellable      *cancellable,
                                          GError           **error);
gboolean    ml_export_bytes_to_file      (GFile             *file,
                                          GBytes            *bytes,
                                          GCancellable      *cancellable,
                                          GError           **error);

G_END_DECLS
