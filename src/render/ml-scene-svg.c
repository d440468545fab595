/* ml-scene-svg.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A scene written as SVG by hand rather than through cairo's SVG surface.  cairo turns text
 * into glyph outlines and throws away what the shapes are; a teacher who pastes the picture
 * into slides wants text that stays text (editable, searchable, crisp) and groups that say
 * what they are (class="ml-box ml-object", id="ml-…"), and the files are several times
 * smaller.  The geometry is the same scene the cairo path draws, and text is placed at the
 * baseline Pango measured, in the same font family.
 */

#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <string.h>

#include "ml-names.h"
#include "ml-scene.h"
#include "ml-scene-private.h"

static void
append_color (GString       *out,
              const char    *attr,
              const MlColor *c,
              double         opacity)
{
  double alpha = c->alpha * opacity;

  g_string_append_printf (out, " %s=\"#%02x%02x%02x\"", attr,
                          (guint)lround (CLAMP (c->red, 0, 1) * 255),
                          (guint)lround (CLAMP (c->green, 0, 1) * 255),
                          (guint)lround (CLAMP (c->blue, 0, 1) * 255));
  if (alpha < 0.999)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append_printf (out, " %s-opacity=\"%s\"", attr,
                              g_ascii_formatd (buf, sizeof buf, "%.3g", alpha));
    }
}

/* Numbers in the C locale with two decimals at most: enough for a picture, small files. */
static void
append_num (GString *out,
            double   v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  g_ascii_formatd (buf, sizeof buf, "%.2f", v);
  end = buf + strlen (buf) - 1;
  while (end > buf && *end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  if (strcmp (buf, "-0") == 0)
    strcpy (buf, "0");
  g_string_append (out, buf);
}

static void
append_attr_num (GString    *out,
                 const char *attr,
                 double      v)
{
  g_string_append_printf (out, " %s=\"", attr);
  append_num (out, v);
  g_string_append_c (out, '"');
}

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

static void
append_rect (GString      *out,
             const MlRect *r,
             double        radius)
{
  double rad = MIN (radius, MIN (r->width, r->height) / 2);

  g_string_append (out, "<rect");
  append_attr_num (out, "x", r->x);
  append_attr_num (out, "y", r->y);
  append_attr_num (out, "width", r->width);
  append_attr_num (out, "height", r->height);
  if (rad > 0.5)
    append_attr_num (out, "rx", rad);
}

static void
append_point (GString       *out,
              char           op,
              const MlPoint *p)
{
  g_string_append_c (out, op);
  append_num (out, p->x);
  g_string_append_c (out, ' ');
  append_num (out, p->y);
}

static void
write_box (GString          *out,
           const MlSceneBox *box,
           guint             index)
{
  const MlRect *r = &box->rect;

  if (box->opacity <= 0.004)
    return;

  g_string_append_printf (out, "<g class=\"ml-box ml-%s\" id=\"ml-%s-%" PRIx64 "\">",
                          box->klass, box->klass, box->key);

  if (box->flags & ML_BOX_SHADOW)
    {
      MlRect shadow = { r->x + 1.5, r->y + 2.5, r->width, r->height };

      append_rect (out, &shadow, box->radius);
      g_string_append (out, " fill=\"#000000\"");
      append_attr_num (out, "fill-opacity", 0.12 * box->opacity);
      g_string_append (out, "/>");
    }

  if (box->flags & ML_BOX_HIGHLIGHT)
    {
      MlRect ring = { r->x - 4, r->y - 4, r->width + 8, r->height + 8 };

      append_rect (out, &ring, box->radius + 4);
      append_color (out, "fill", &box->ring, box->opacity);
      g_string_append (out, "/>");
    }

  append_rect (out, r, box->radius);
  if (box->flags & ML_BOX_NO_FILL)
    g_string_append (out, " fill=\"none\"");
  else
    append_color (out, "fill", &box->fill, box->opacity);
  if (!(box->flags & ML_BOX_NO_STROKE) && box->stroke_width > 0)
    {
      append_color (out, "stroke", &box->stroke, box->opacity);
      append_attr_num (out, "stroke-width", box->stroke_width);
      if (box->flags & ML_BOX_DASHED)
        g_string_append (out, " stroke-dasharray=\"4 3\"");
    }
  g_string_append (out, "/>");

  if (box->flags & ML_BOX_HATCHED)
    {
      double step = MIN (7.0, MAX (3.0, MIN (r->width, r->height) / 3));

      g_string_append_printf (out, "<clipPath id=\"ml-clip-%u\">", index);
      append_rect (out, r, box->radius);
      g_string_append (out, "/></clipPath><path");
      g_string_append_printf (out, " clip-path=\"url(#ml-clip-%u)\" d=\"", index);
      for (double d = -r->height; d < r->width; d += step)
        {
          append_point (out, 'M', &(MlPoint) { r->x + d, r->y + r->height });
          append_point (out, 'L', &(MlPoint) { r->x + d + r->height, r->y });
        }
      g_string_append_c (out, '"');
      append_color (out, "stroke", &box->stroke, 0.55 * box->opacity);
      g_string_append (out, " stroke-width=\"1.2\" fill=\"none\"/>");
    }

  if (box->flags & ML_BOX_CROSSED)
    {
      double inset = MIN (r->width, r->height) * 0.2;
      double left = r->x + inset, right = r->x + r->width - inset;
      double top = r->y + inset, bottom = r->y + r->height - inset;

      g_string_append (out, "<path d=\"");
      append_point (out, 'M', &(MlPoint) { left, top });
      append_point (out, 'L', &(MlPoint) { right, bottom });
      append_point (out, 'M', &(MlPoint) { right, top });
      append_point (out, 'L', &(MlPoint) { left, bottom });
      g_string_append_c (out, '"');
      append_color (out, "stroke", &box->stroke, box->opacity);
      g_string_append (out, " stroke-width=\"1.5\" fill=\"none\"/>");
    }

  g_string_append (out, "</g>\n");
}

static void
write_arrow (GString            *out,
             const MlSceneArrow *arrow,
             const MlPoint      *p)
{
  guint n = arrow->n_points;

  if (arrow->opacity <= 0.004)
    return;

  g_string_append_printf (out, "<g class=\"ml-arrow ml-%s\" id=\"ml-arrow-%" PRIx64 "\">",
                          arrow->klass, arrow->key);
  g_string_append (out, "<path fill=\"none\" stroke-linecap=\"round\" stroke-linejoin=\"round\"");
  append_color (out, "stroke", &arrow->color, arrow->opacity);
  append_attr_num (out, "stroke-width", arrow->width);
  if (arrow->flags & ML_ARROW_DASHED)
    g_string_append (out, " stroke-dasharray=\"5 4\"");
  g_string_append (out, " d=\"");
  append_point (out, 'M', &p[0]);
  if ((arrow->flags & ML_ARROW_CURVED) && n == 4)
    {
      append_point (out, 'C', &p[1]);
      append_point (out, ' ', &p[2]);
      append_point (out, ' ', &p[3]);
    }
  else
    for (guint i = 1; i < n; i++)
      append_point (out, 'L', &p[i]);
  g_string_append (out, "\"/>");

  if (arrow->flags & ML_ARROW_HEAD)
    {
      MlPoint head[3];

      ml_scene_arrow_head (p, n, arrow->flags, arrow->width, head);
      g_string_append (out, "<path d=\"");
      append_point (out, 'M', &head[0]);
      append_point (out, 'L', &head[1]);
      append_point (out, 'L', &head[2]);
      g_string_append (out, "Z\"");
      append_color (out, "fill", &arrow->color, arrow->opacity);
      g_string_append (out, "/>");
    }

  if (arrow->flags & ML_ARROW_TAIL_DOT)
    {
      g_string_append (out, "<circle");
      append_attr_num (out, "cx", p[0].x);
      append_attr_num (out, "cy", p[0].y);
      append_attr_num (out, "r", 2.5 + arrow->width * 0.5);
      append_color (out, "fill", &arrow->color, arrow->opacity);
      g_string_append (out, "/>");
    }

  g_string_append (out, "</g>\n");
}

static void
write_path (gpointer           user_data,
            const MlScenePath *path,
            const MlPoint     *p)
{
  GString *out = user_data;

  if (path->opacity <= 0.004)
    return;

  g_string_append_printf (out, "<path class=\"ml-path ml-%s\" d=\"", path->klass);
  append_point (out, 'M', &p[0]);
  for (guint i = 1; i < path->n_points; i++)
    append_point (out, 'L', &p[i]);
  if (path->flags & ML_PATH_CLOSED)
    g_string_append_c (out, 'Z');
  g_string_append_c (out, '"');
  if (path->flags & ML_PATH_FILL)
    append_color (out, "fill", &path->fill, path->opacity);
  else
    g_string_append (out, " fill=\"none\"");
  if (path->flags & ML_PATH_STROKE)
    {
      append_color (out, "stroke", &path->stroke, path->opacity);
      append_attr_num (out, "stroke-width", path->width);
      g_string_append (out, " stroke-linejoin=\"round\"");
      if (path->flags & ML_PATH_DASHED)
        g_string_append (out, " stroke-dasharray=\"6 4\"");
    }
  g_string_append (out, "/>\n");
}

static cairo_status_t
append_png_cb (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

static void
write_image (gpointer            user_data,
             const MlSceneImage *image)
{
  GString *out = user_data;
  g_autoptr(GByteArray) png = g_byte_array_new ();
  g_autofree char *base64 = NULL;

  if (image->opacity <= 0.004 ||
      cairo_surface_write_to_png_stream (image->surface, append_png_cb, png) != CAIRO_STATUS_SUCCESS)
    return;

  base64 = g_base64_encode (png->data, png->len);
  g_string_append_printf (out, "<image class=\"ml-image ml-%s\" preserveAspectRatio=\"none\""
                          " style=\"image-rendering:pixelated\"", image->klass);
  append_attr_num (out, "x", image->rect.x);
  append_attr_num (out, "y", image->rect.y);
  append_attr_num (out, "width", image->rect.width);
  append_attr_num (out, "height", image->rect.height);
  if (image->opacity < 0.999)
    append_attr_num (out, "opacity", image->opacity);
  g_string_append_printf (out, " href=\"data:image/png;base64,%s\"/>\n", base64);
}

static void
write_text (gpointer           user_data,
            const MlSceneText *text)
{
  GString *out = user_data;
  PangoLayout *layout;
  const PangoFontDescription *desc;
  double baseline;

  if (text->opacity <= 0.004)
    return;

  layout = ml_text_get_layout (text->text, (MlTextStyle)text->style);
  desc = pango_layout_get_font_description (layout);
  baseline = (double)pango_layout_get_baseline (layout) / PANGO_SCALE;

  g_string_append_printf (out, "<text class=\"ml-text ml-%s\"", text->klass);
  append_attr_num (out, "x", text->x);
  append_attr_num (out, "y", text->y + baseline);
  g_string_append_printf (out, " font-family=\"%s, %s\"", pango_font_description_get_family (desc),
                          ml_text_style_is_monospace ((MlTextStyle)text->style) ? "monospace" : "sans-serif");
  append_attr_num (out, "font-size", (double)pango_font_description_get_size (desc) / PANGO_SCALE);
  if (pango_font_description_get_weight (desc) >= PANGO_WEIGHT_BOLD)
    g_string_append (out, " font-weight=\"bold\"");
  if (pango_font_description_get_style (desc) == PANGO_STYLE_ITALIC)
    g_string_append (out, " font-style=\"italic\"");
  append_color (out, "fill", &text->color, text->opacity);
  g_string_append (out, " xml:space=\"preserve\">");
  append_escaped (out, text->text);
  g_string_append (out, "</text>\n");
}

/* The writer is called item by item (see ml_scene_to_svg()), so a run is one box or arrow. */
static void
write_boxes (gpointer          user_data,
             const MlSceneBox *boxes,
             guint             n,
             guint             index)
{
  for (guint i = 0; i < n; i++)
    write_box (user_data, &boxes[i], index + i);
}

static void
write_arrows (gpointer            user_data,
              const MlSceneArrow *arrows,
              guint               n,
              const MlPoint      *points)
{
  for (guint i = 0; i < n; i++)
    write_arrow (user_data, &arrows[i], points + arrows[i].first_point);
}

static const MlSceneItemFuncs writer_funcs = {
  write_path, write_image, write_arrows, write_boxes, write_text,
};

/**
 * ml_scene_to_svg:
 * @length: (out) (optional): the length of the document
 *
 * Returns: (transfer full): the scene as a standalone SVG 1.1 document
 */
char *
ml_scene_to_svg (MlScene *self,
                 gsize   *length)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_sized_new (4096 + self->boxes->len * 300 + self->texts->len * 200);

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append (out, "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
  append_attr_num (out, "width", self->width);
  append_attr_num (out, "height", self->height);
  g_string_append (out, " viewBox=\"0 0 ");
  append_num (out, self->width);
  g_string_append_c (out, ' ');
  append_num (out, self->height);
  g_string_append_printf (out, "\" class=\"ml-scene ml-view-%s\">\n", ml_view_kind_to_string (self->view));
  if (self->title != NULL)
    {
      g_autofree char *title = g_markup_escape_text (self->title, -1);

      g_string_append_printf (out, "<title>%s</title>\n", title);
    }

  g_string_append (out, "<rect class=\"ml-background\" x=\"0\" y=\"0\" width=\"100%\" height=\"100%\"");
  append_color (out, "fill", &self->background, 1);
  g_string_append (out, "/>\n");

  ml_scene_foreach_in_order (self, &writer_funcs, FALSE, out);

  g_string_append (out, "</svg>\n");

  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}
