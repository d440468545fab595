/* test-export.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <math.h>

#include "ml-export.h"
#include "ml-palette.h"

/* A 200 × 100 picture: white, with a red square whose top-left corner is at (20, 10). */
static void
draw_square (cairo_t *cr,
             double   width,
             double   height,
             gpointer user_data)
{
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 1, 0, 0);
  cairo_rectangle (cr, 20, 10, 40, 40);
  cairo_fill (cr);
}

/* Puts the context in an error state, as a drawing bug would. */
static void
draw_broken (cairo_t *cr,
             double   width,
             double   height,
             gpointer user_data)
{
  cairo_matrix_t singular = { 0, 0, 0, 0, 0, 0 };

  draw_square (cr, width, height, user_data);
  cairo_set_matrix (cr, &singular);
}

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("memlab-export-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d) != NULL)
    n++;

  return n;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(guint32 *)(data + y * stride + x * 4) & 0xffffff;
}

static void
test_export_png_pixels (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "square.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *png;

  g_assert_true (ml_export_to_file (file, ML_EXPORT_PNG, 200, 100, 2.0, draw_square, NULL, NULL, &error));
  g_assert_no_error (error);

  /* At scale 2 the picture has twice the pixels, and the square is where it was drawn. */
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 400);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 200);
  g_assert_cmphex (pixel_at (png, 80, 60), ==, 0xff0000);     /* inside the square */
  g_assert_cmphex (pixel_at (png, 10, 10), ==, 0xffffff);     /* left of it */
  g_assert_cmphex (pixel_at (png, 130, 60), ==, 0xffffff);    /* right of it */
  cairo_surface_destroy (png);

  remove_dir (dir);
}

static void
check_svg_element_cb (GMarkupParseContext  *context,
                      const char           *element_name,
                      const char          **attribute_names,
                      const char          **attribute_values,
                      gpointer              user_data,
                      GError              **error)
{
  guint *counts = user_data;

  if (g_str_equal (element_name, "svg"))
    {
      counts[0]++;
      for (guint i = 0; attribute_names[i] != NULL; i++)
        if (g_str_equal (attribute_names[i], "width"))
          g_assert_cmpstr (attribute_values[i], ==, "200px");
    }
  else if (g_str_equal (element_name, "path") || g_str_equal (element_name, "rect"))
    counts[1]++;
}

static void
test_export_svg_structure (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "square.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  GMarkupParser parser = { check_svg_element_cb, NULL, NULL, NULL, NULL };
  GMarkupParseContext *context;
  guint counts[2] = { 0, 0 };

  g_assert_true (ml_export_to_file (file, ML_EXPORT_SVG, 200, 100, 1.0, draw_square, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  /* Well-formed XML with one svg root and the drawn shapes. */
  context = g_markup_parse_context_new (&parser, 0, counts, NULL);
  g_assert_true (g_markup_parse_context_parse (context, contents, -1, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_markup_parse_context_free (context);
  g_assert_cmpuint (counts[0], ==, 1);
  g_assert_cmpuint (counts[1], >=, 1);

  remove_dir (dir);
}

static void
test_export_pdf (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "square.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (ml_export_to_file (file, ML_EXPORT_PDF, 200, 100, 1.0, draw_square, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 100);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_nonnull (g_strstr_len (contents + length - 16, 16, "%%EOF"));
  /* cairo compresses the page objects, so their contents are not checked here; the pixels
   * of the same drawing are checked through the PNG. */

  remove_dir (dir);
}

static void
test_export_missing_folder (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "no-such-folder", "square.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (ml_export_to_file (file, ML_EXPORT_PNG, 200, 100, 1.0, draw_square, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpuint (count_files (dir), ==, 0);

  remove_dir (dir);
}

static void
test_export_failure_keeps_old_file (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "square.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  /* A drawing that fails leaves an existing file untouched and nothing else behind. */
  g_assert_true (g_file_set_contents (path, "old contents", -1, NULL));
  for (MlExportFormat format = ML_EXPORT_PNG; format <= ML_EXPORT_PDF; format++)
    {
      g_assert_false (ml_export_to_file (file, format, 200, 100, 1.0, draw_broken, NULL, NULL, &error));
      g_assert_error (error, ML_EXPORT_ERROR, ML_EXPORT_ERROR_DRAWING);
      g_clear_error (&error);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "old contents");
      g_clear_pointer (&contents, g_free);
      g_assert_cmpuint (count_files (dir), ==, 1);
    }

  /* And a failure with no file before leaves no file after. */
  g_unlink (path);
  for (MlExportFormat format = ML_EXPORT_PNG; format <= ML_EXPORT_PDF; format++)
    {
      g_assert_false (ml_export_to_file (file, format, 200, 100, 1.0, draw_broken, NULL, NULL, &error));
      g_clear_error (&error);
      g_assert_cmpuint (count_files (dir), ==, 0);
    }

  remove_dir (dir);
}

static void
test_export_absurd_sizes (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "square.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  const struct { double width, height, scale; } cases[] = {
    { 0, 100, 1 }, { 200, -5, 1 }, { NAN, 100, 1 }, { 200, 100, 0 }, { 200, 100, -1 },
    { 200, 100, 100 }, { 20000, 100, 1 }, { 9000, 100, 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_false (ml_export_to_file (file, ML_EXPORT_PNG, cases[i].width, cases[i].height,
                                         cases[i].scale, draw_square, NULL, NULL, &error));
      g_assert_error (error, ML_EXPORT_ERROR, ML_EXPORT_ERROR_INVALID_SIZE);
      g_assert_nonnull (error->message);
      g_clear_error (&error);
    }
  g_assert_cmpuint (count_files (dir), ==, 0);

  remove_dir (dir);
}

static void
test_export_format_names (void)
{
  MlExportFormat format;

  g_assert_true (ml_export_format_from_path ("/tmp/a.PNG", &format));
  g_assert_cmpint (format, ==, ML_EXPORT_PNG);
  g_assert_true (ml_export_format_from_path ("slides/heap.svg", &format));
  g_assert_cmpint (format, ==, ML_EXPORT_SVG);
  g_assert_true (ml_export_format_from_path ("x.pdf", &format));
  g_assert_cmpint (format, ==, ML_EXPORT_PDF);
  g_assert_false (ml_export_format_from_path ("x.jpeg", &format));
  g_assert_false (ml_export_format_from_path ("noextension", &format));
  g_assert_false (ml_export_format_from_path ("dir.png/file", &format));
  g_assert_cmpstr (ml_export_format_to_string (ML_EXPORT_SVG), ==, "svg");
}

static void
test_palette_contrast (void)
{
  /* Text on each object colour must read from the back of a classroom: WCAG AA for large
   * text (3:1) at least, and body text on the background AA (4.5:1). */
  for (MlTheme theme = ML_THEME_LIGHT; theme <= ML_THEME_DARK; theme++)
    {
      const MlPalette *p = ml_palette_get (theme);

      g_assert_cmpfloat (ml_color_contrast_ratio (&p->foreground, &p->background), >=, 4.5);
      g_assert_cmpfloat (ml_color_contrast_ratio (&p->object_white_text, &p->object_white), >=, 4.5);
      g_assert_cmpfloat (ml_color_contrast_ratio (&p->object_grey_text, &p->object_grey), >=, 3.0);
      g_assert_cmpfloat (ml_color_contrast_ratio (&p->object_black_text, &p->object_black), >=, 4.5);
      /* White and black objects must be told apart from each other and from the page. */
      g_assert_cmpfloat (ml_color_contrast_ratio (&p->object_white, &p->object_black), >=, 7.0);
    }

  g_assert_cmpfloat (ml_color_contrast_ratio (&(MlColor){ 0, 0, 0, 1 }, &(MlColor){ 1, 1, 1, 1 }), >, 20.9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/png-pixels", test_export_png_pixels);
  g_test_add_func ("/export/svg-structure", test_export_svg_structure);
  g_test_add_func ("/export/pdf", test_export_pdf);
  g_test_add_func ("/export/missing-folder", test_export_missing_folder);
  g_test_add_func ("/export/failure-keeps-old-file", test_export_failure_keeps_old_file);
  g_test_add_func ("/export/absurd-sizes", test_export_absurd_sizes);
  g_test_add_func ("/export/format-names", test_export_format_names);
  g_test_add_func ("/palette/contrast", test_palette_contrast);

  return g_test_run ();
}
