/* ml-export.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writing of a picture to a PNG, SVG or PDF file: the format named by the file's extension,
 * the cairo surface that draws it into memory, and the atomic replacement of the file, so a
 * failed export leaves nothing half-written.  It draws through a callback and knows nothing of
 * views or scenes, so the window and the command line export the same way.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <unistd.h>

#include "ml-export.h"

G_DEFINE_QUARK (ml-export-error-quark, ml_export_error)

static const char * const format_names[] = { "png", "svg", "pdf" };

const char *
ml_export_format_to_string (MlExportFormat format)
{
  g_return_val_if_fail (format <= ML_EXPORT_PDF, NULL);

  return format_names[format];
}

/**
 * ml_export_format_from_string:
 * @name: "png", "svg" or "pdf", in any case
 *
 * Returns: %TRUE if @name names a format
 */
gboolean
ml_export_format_from_string (const char     *name,
                              MlExportFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  if (name == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_ascii_strcasecmp (name, format_names[i]) == 0)
      {
        *format = (MlExportFormat)i;
        return TRUE;
      }

  return FALSE;
}

/**
 * ml_export_format_from_path:
 *
 * Chooses the format from the file name's extension.
 *
 * Returns: %TRUE if the extension names a format
 */
gboolean
ml_export_format_from_path (const char     *path,
                            MlExportFormat *format)
{
  const char *dot;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  dot = strrchr (path, '.');
  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;

  return ml_export_format_from_string (dot + 1, format);
}

typedef struct
{
  int           fd;
  GByteArray   *buffer;         /* when set, cairo writes here instead of into fd */
  const char   *display_name;
  GCancellable *cancellable;
  GError       *error;
} StreamWriter;

static void
set_write_error (StreamWriter *writer,
                 int           errsv)
{
  if (writer->error == NULL)
    g_set_error (&writer->error, G_IO_ERROR, g_io_error_from_errno (errsv),
                 _("Could not write “%s”: %s"), writer->display_name, g_strerror (errsv));
}

/* cairo writes through this into the temporary file; the first error is kept, since cairo
 * itself only learns that writing failed. */
static cairo_status_t
stream_write_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  StreamWriter *writer = closure;

  if (writer->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (g_cancellable_set_error_if_cancelled (writer->cancellable, &writer->error))
    return CAIRO_STATUS_WRITE_ERROR;

  if (writer->buffer != NULL)
    {
      g_byte_array_append (writer->buffer, data, length);
      return CAIRO_STATUS_SUCCESS;
    }

  while (length > 0)
    {
      ssize_t written = write (writer->fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          set_write_error (writer, errno);
          return CAIRO_STATUS_WRITE_ERROR;
        }

      data += written;
      length -= (unsigned int)written;
    }

  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_size (double   width,
            double   height,
            double   scale,
            GError **error)
{
  if (!isfinite (width) || !isfinite (height) || width < 1 || height < 1)
    {
      g_set_error (error, ML_EXPORT_ERROR, ML_EXPORT_ERROR_INVALID_SIZE,
                   _("The picture has no size to export (%g × %g)"), width, height);
      return FALSE;
    }

  if (!isfinite (scale) || scale <= 0 || scale > ML_EXPORT_MAX_SCALE)
    {
      g_set_error (error, ML_EXPORT_ERROR, ML_EXPORT_ERROR_INVALID_SIZE,
                   _("The scale must be more than 0 and at most %g, not %g"),
                   ML_EXPORT_MAX_SCALE, scale);
      return FALSE;
    }

  if (ceil (width * scale) > ML_EXPORT_MAX_PIXELS || ceil (height * scale) > ML_EXPORT_MAX_PIXELS)
    {
      g_set_error (error, ML_EXPORT_ERROR, ML_EXPORT_ERROR_INVALID_SIZE,
                   _("The picture would be %.0f × %.0f pixels; the largest export is %d pixels a side"),
                   ceil (width * scale), ceil (height * scale), ML_EXPORT_MAX_PIXELS);
      return FALSE;
    }

  return TRUE;
}

/* Draws into a surface of the format, writing through @writer.  Returns the cairo status
 * of the whole job. */
static cairo_status_t
draw_to_stream (MlExportFormat    format,
                double            width,
                double            height,
                double            scale,
                const char       *title,
                MlExportDrawFunc  draw,
                gpointer          user_data,
                StreamWriter     *writer)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  switch (format)
    {
    case ML_EXPORT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                            (int)ceil (width * scale),
                                            (int)ceil (height * scale));
      cairo_surface_set_device_scale (surface, scale, scale);
      break;

    case ML_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (stream_write_cb, writer, width, height);
      /* Sizes in points keep the drawing the same size as on screen in a browser. */
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;

    case ML_EXPORT_PDF:
      surface = cairo_pdf_surface_create_for_stream (stream_write_cb, writer, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "MemLab");
      if (title != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      break;

    default:
      g_assert_not_reached ();
    }

  cr = cairo_create (surface);
  draw (cr, width, height, user_data);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS)
    {
      if (format == ML_EXPORT_PNG)
        status = cairo_surface_write_to_png_stream (surface, stream_write_cb, writer);
      else
        cairo_surface_finish (surface);
    }

  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);

  cairo_surface_destroy (surface);

  return status;
}

/* What fills the temporary file: a picture drawn through cairo, or bytes already made. */
typedef cairo_status_t (*ProduceFunc) (StreamWriter *writer,
                                       gpointer      user_data);

typedef struct
{
  MlExportFormat    format;
  double            width;
  double            height;
  double            scale;
  const char       *title;
  MlExportDrawFunc  draw;
  gpointer          user_data;
} DrawJob;

static cairo_status_t produce_bytes (StreamWriter *writer,
                                     gpointer      user_data);

/* cairo draws the whole file into memory first, and only bytes already made are written to
 * disk: a write that fails then fails outside cairo, whose surfaces do not all clean up after
 * a failed stream (a PDF surface leaks). */
static cairo_status_t
produce_drawing (StreamWriter *writer,
                 gpointer      user_data)
{
  DrawJob *job = user_data;
  StreamWriter memory = { -1 };
  g_autoptr(GBytes) bytes = NULL;
  cairo_status_t status;

  memory.buffer = g_byte_array_new ();
  memory.display_name = writer->display_name;
  memory.cancellable = writer->cancellable;
  status = draw_to_stream (job->format, job->width, job->height, job->scale,
                           job->title, job->draw, job->user_data, &memory);
  bytes = g_byte_array_free_to_bytes (memory.buffer);
  if (memory.error != NULL)
    {
      g_propagate_error (&writer->error, memory.error);
      return CAIRO_STATUS_WRITE_ERROR;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    return status;
  return produce_bytes (writer, bytes);
}

static cairo_status_t
produce_bytes (StreamWriter *writer,
               gpointer      user_data)
{
  GBytes *bytes = user_data;
  gsize length = 0;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  /* The stream callback takes at most an unsigned int at a time. */
  while (length > 0)
    {
      unsigned int chunk = (unsigned int) MIN (length, (gsize) G_MAXINT);

      if (stream_write_cb (writer, data, chunk) != CAIRO_STATUS_SUCCESS)
        return CAIRO_STATUS_WRITE_ERROR;
      data += chunk;
      length -= chunk;
    }

  return CAIRO_STATUS_SUCCESS;
}

/* Writes what @produce makes into a temporary file beside @file, flushes it to disk and
 * renames it over @file only when every write, the flush and the close succeeded; on any
 * failure the temporary file is removed and @file is left as it was. */
static gboolean
write_atomically (GFile         *file,
                  ProduceFunc    produce,
                  gpointer       user_data,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autofree char *display_name = g_file_get_parse_name (file);
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_path = NULL;
  StreamWriter writer = { -1 };
  cairo_status_t status;
  const char *path = g_file_peek_path (file);

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Could not write “%s”: only local files can be written"), display_name);
      return FALSE;
    }

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp_path = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);

  writer.fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0644);
  writer.display_name = display_name;
  writer.cancellable = cancellable;
  if (writer.fd < 0)
    {
      int errsv = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("Could not write “%s”: %s"), display_name, g_strerror (errsv));
      return FALSE;
    }

  status = produce (&writer, user_data);

  if (writer.error == NULL && status == CAIRO_STATUS_SUCCESS && fsync (writer.fd) != 0)
    set_write_error (&writer, errno);
  if (close (writer.fd) != 0 && writer.error == NULL && status == CAIRO_STATUS_SUCCESS)
    set_write_error (&writer, errno);

  if (writer.error == NULL && status == CAIRO_STATUS_SUCCESS &&
      g_rename (tmp_path, path) != 0)
    set_write_error (&writer, errno);

  if (writer.error != NULL || status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (tmp_path);

      if (writer.error != NULL)
        g_propagate_error (error, g_steal_pointer (&writer.error));
      else
        g_set_error (error, ML_EXPORT_ERROR, ML_EXPORT_ERROR_DRAWING,
                     _("The picture could not be drawn: %s"), cairo_status_to_string (status));

      return FALSE;
    }

  return TRUE;
}

/**
 * ml_export_to_file:
 * @file: where to write
 * @format: what to write
 * @width: the picture's width; pixels for PNG at scale 1, points for SVG and PDF
 * @height: the picture's height
 * @scale: how many pixels a unit is in a PNG (2 for a HiDPI picture); ignored otherwise
 * @draw: the function that draws the picture
 *
 * Draws a picture into @file, which must be a local file.  The picture is written to a
 * temporary file in the same folder, flushed to disk and renamed over the destination only
 * when complete, so a failure at any point leaves the destination as it was (absent, or
 * with its old contents) and nothing else behind.
 *
 * Returns: %TRUE on success
 */
gboolean
ml_export_to_file (GFile             *file,
                   MlExportFormat     format,
                   double             width,
                   double             height,
                   double             scale,
                   MlExportDrawFunc   draw,
                   gpointer           user_data,
                   GCancellable      *cancellable,
                   GError           **error)
{
  return ml_export_to_file_titled (file, format, width, height, scale, NULL, draw, user_data,
                                   cancellable, error);
}

/**
 * ml_export_to_file_titled:
 * @title: (nullable): the document's title, for a PDF's metadata
 *
 * As ml_export_to_file(), with a title a PDF viewer shows in place of the file name.
 *
 * Returns: %TRUE on success
 */
gboolean
ml_export_to_file_titled (GFile             *file,
                          MlExportFormat     format,
                          double             width,
                          double             height,
                          double             scale,
                          const char        *title,
                          MlExportDrawFunc   draw,
                          gpointer           user_data,
                          GCancellable      *cancellable,
                          GError           **error)
{
  DrawJob job = { format, width, height, scale, title, draw, user_data };

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (format <= ML_EXPORT_PDF, FALSE);
  g_return_val_if_fail (draw != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_size (width, height, format == ML_EXPORT_PNG ? scale : 1.0, error))
    return FALSE;

  return write_atomically (file, produce_drawing, &job, cancellable, error);
}

/**
 * ml_export_bytes_to_file:
 * @file: where to write
 * @bytes: the whole file, already made (an SVG document written from a scene)
 *
 * Writes @bytes into @file as ml_export_to_file() writes a picture: all of it or, on a
 * failure at any point (a full disk, a file size limit, a failed close), nothing, with the
 * destination left as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
ml_export_bytes_to_file (GFile         *file,
                         GBytes        *bytes,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_atomically (file, produce_bytes, bytes, cancellable, error);
}
