/* ml-text.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text for the pictures: the font family, measuring, ellipsizing and drawing with Pango, with
 * the glyph runs of each (style, text) shaped once per thread and cached.  Metrics are
 * unhinted, so a layout is the same at every scale and in PDF.
 */

#include "config.h"

#include <string.h>

#include "ml-text.h"

/* The UI fonts of GNOME, newest first; "Sans" lets fontconfig pick whatever the system has. */
static const char * const sans_families[] = { "Adwaita Sans", "Cantarell", "Sans" };
static const char * const mono_families[] = { "Adwaita Mono", "Source Code Pro", "DejaVu Sans Mono", "Monospace" };

typedef struct
{
  double   size;
  gboolean mono;
  gboolean bold;
  gboolean italic;
} StyleSpec;

static const StyleSpec style_specs[ML_N_TEXT_STYLES] = {
  [ML_TEXT_BODY]       = { 14, FALSE, FALSE, FALSE },
  [ML_TEXT_SMALL]      = { 12, FALSE, FALSE, FALSE },
  [ML_TEXT_HEADING]    = { 14, FALSE, TRUE,  FALSE },
  [ML_TEXT_TITLE]      = { 17, FALSE, TRUE,  FALSE },
  [ML_TEXT_MONO]       = { 13, TRUE,  FALSE, FALSE },
  [ML_TEXT_MONO_SMALL] = { 11, TRUE,  FALSE, FALSE },
  [ML_TEXT_CAPTION]    = { 12, FALSE, FALSE, TRUE  },
  [ML_TEXT_MARK]       = { 11, FALSE, TRUE,  FALSE },
  [ML_TEXT_TINY]       = { 10, FALSE, FALSE, FALSE },
};

/* The cache of laid-out text.  The diagrams repeat the same strings endlessly ("Node",
 * "W", "ptr"), and shaping is the expensive part of drawing text, so every distinct
 * (style, text) pair is shaped once per thread and reused for measuring and drawing. */
#define CACHE_LIMIT 8192

typedef struct
{
  PangoContext         *context;
  PangoFontDescription *fonts[ML_N_TEXT_STYLES];
  GHashTable           *layouts;   /* "style\x1ftext" → PangoLayout */
} TextState;

static void
text_state_free (gpointer data)
{
  TextState *state = data;

  if (state == NULL)
    return;

  g_clear_pointer (&state->layouts, g_hash_table_unref);
  for (guint i = 0; i < ML_N_TEXT_STYLES; i++)
    g_clear_pointer (&state->fonts[i], pango_font_description_free);
  g_clear_object (&state->context);
  g_free (state);
}

static GPrivate text_state_key = G_PRIVATE_INIT (text_state_free);

static gboolean
family_exists (PangoFontMap *map,
               const char   *name)
{
  PangoFontFamily **families = NULL;
  int n = 0;
  gboolean found = FALSE;

  pango_font_map_list_families (map, &families, &n);
  for (int i = 0; i < n && !found; i++)
    found = g_ascii_strcasecmp (pango_font_family_get_name (families[i]), name) == 0;
  g_free (families);

  return found;
}

/**
 * ml_text_get_family:
 * @monospace: whether the family is for code and values
 *
 * Returns: the first family of GNOME's fonts that is installed, "Sans" (or "Monospace")
 *   otherwise
 */
const char *
ml_text_get_family (gboolean monospace)
{
  static const char *chosen[2];
  static gsize once[2];
  const char * const *list = monospace ? mono_families : sans_families;
  guint n = monospace ? G_N_ELEMENTS (mono_families) : G_N_ELEMENTS (sans_families);

  if (g_once_init_enter (&once[monospace != FALSE]))
    {
      PangoFontMap *map = pango_cairo_font_map_get_default ();
      const char *family = list[n - 1];

      for (guint i = 0; i + 1 < n; i++)
        if (family_exists (map, list[i]))
          {
            family = list[i];
            break;
          }

      chosen[monospace != FALSE] = family;
      g_once_init_leave (&once[monospace != FALSE], 1);
    }

  return chosen[monospace != FALSE];
}

static TextState *
get_state (void)
{
  TextState *state = g_private_get (&text_state_key);
  cairo_font_options_t *options;

  if (state != NULL)
    return state;

  state = g_new0 (TextState, 1);
  state->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (state->context, 96);

  /* Metrics are not hinted so that text measures the same at every scale: a layout made
   * for the window is the one exported at scale 2 and into PDF. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_SLIGHT);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (state->context, options);
  cairo_font_options_destroy (options);

  for (guint i = 0; i < ML_N_TEXT_STYLES; i++)
    {
      const StyleSpec *spec = &style_specs[i];
      PangoFontDescription *desc = pango_font_description_new ();

      pango_font_description_set_family (desc, ml_text_get_family (spec->mono));
      pango_font_description_set_absolute_size (desc, spec->size * PANGO_SCALE);
      pango_font_description_set_weight (desc, spec->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
      pango_font_description_set_style (desc, spec->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
      state->fonts[i] = desc;
    }

  state->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_private_set (&text_state_key, state);

  return state;
}

/**
 * ml_text_get_layout:
 *
 * Returns: (transfer none): a shaped layout of @text in @style, owned by the cache; valid
 *   until ml_text_clear_cache() or the end of the thread
 */
PangoLayout *
ml_text_get_layout (const char  *text,
                    MlTextStyle  style)
{
  TextState *state;
  PangoLayout *layout;
  char key_buf[128];
  g_autofree char *key_heap = NULL;
  const char *key;
  gsize len;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (style < ML_N_TEXT_STYLES, NULL);

  state = get_state ();
  len = strlen (text);
  if (len + 3 < sizeof key_buf)
    {
      key_buf[0] = (char)('A' + style);
      key_buf[1] = '\x1f';
      memcpy (key_buf + 2, text, len + 1);
      key = key_buf;
    }
  else
    key = key_heap = g_strdup_printf ("%c\x1f%s", 'A' + style, text);

  layout = g_hash_table_lookup (state->layouts, key);
  if (layout != NULL)
    return layout;

  if (g_hash_table_size (state->layouts) >= CACHE_LIMIT)
    g_hash_table_remove_all (state->layouts);

  if (!g_utf8_validate (text, (gssize)len, NULL))
    {
      g_autofree char *escaped = g_strescape (text, NULL);
      g_critical ("ml_text: invalid UTF-8 (style %d) “%.40s”", style, escaped);
    }
  layout = pango_layout_new (state->context);
  pango_layout_set_font_description (layout, state->fonts[style]);
  pango_layout_set_text (layout, text, (int)len);
  g_hash_table_insert (state->layouts, g_strdup (key), layout);

  return layout;
}

void
ml_text_measure (const char  *text,
                 MlTextStyle  style,
                 double      *width,
                 double      *height)
{
  PangoLayout *layout;
  PangoRectangle logical;

  g_return_if_fail (text != NULL);

  layout = ml_text_get_layout (text, style);
  pango_layout_get_extents (layout, NULL, &logical);

  if (width != NULL)
    *width = (double)logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double)logical.height / PANGO_SCALE;
}

double
ml_text_line_height (MlTextStyle style)
{
  double height;

  ml_text_measure ("Ag", style, NULL, &height);

  return height;
}

/**
 * ml_text_ellipsize:
 *
 * Returns: (transfer full): @text, shortened with "…" at the end so that it fits @max_width
 */
char *
ml_text_ellipsize (const char  *text,
                   MlTextStyle  style,
                   double       max_width)
{
  double width;

  g_return_val_if_fail (text != NULL, NULL);

  ml_text_measure (text, style, &width, NULL);
  if (width <= max_width)
    return g_strdup (text);

  /* The longest prefix that fits, found by halving: a text can be a call chain thousands of
   * frames long, which shortening one character at a time would measure thousands of times. */
  {
    glong lo = 0, hi = g_utf8_strlen (text, -1) - 1;

    while (lo < hi)
      {
        glong mid = lo + (hi - lo + 1) / 2;
        g_autofree char *prefix = g_utf8_substring (text, 0, mid);
        g_autofree char *candidate = g_strconcat (prefix, "…", NULL);

        ml_text_measure (candidate, style, &width, NULL);
        if (width <= max_width)
          lo = mid;
        else
          hi = mid - 1;
      }
    {
      g_autofree char *prefix = g_utf8_substring (text, 0, lo);

      return g_strconcat (prefix, "…", NULL);
    }
  }
}

/**
 * ml_text_wrap:
 * @indent: what starts every line after the first
 *
 * Breaks @text at its spaces into lines no wider than @max_width, where it can: a word wider
 * than that has a line of its own.  Go's %v separates fields by one space and prints empty
 * strings as nothing, so runs of spaces are meaningful: the words are joined back exactly and
 * only split where a line would grow too long.
 *
 * Returns: (transfer full) (element-type utf8): the lines
 */
GPtrArray *
ml_text_wrap (const char  *text,
              MlTextStyle  style,
              double       max_width,
              const char  *indent)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) words = NULL;
  GString *line = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, lines);

  words = g_strsplit (text, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize before = line->len;
      double width;

      if (i > 0)
        g_string_append_c (line, ' ');
      g_string_append (line, words[i]);
      ml_text_measure (line->str, style, &width, NULL);

      if (width > max_width && before > 0)
        {
          g_string_truncate (line, before);
          g_ptr_array_add (lines, g_strdup (line->str));
          g_string_assign (line, indent);
          g_string_append (line, words[i]);
        }
    }
  g_ptr_array_add (lines, g_string_free (line, FALSE));

  return lines;
}

/* The glyphs of a shaped layout, with their fonts, kept on the layout: drawing a label is then
 * one cairo_show_glyphs() per font run instead of a walk through Pango's renderer, which is
 * what makes two thousand labels affordable in a frame. */
typedef struct
{
  cairo_scaled_font_t *font;
  cairo_glyph_t       *glyphs;
  int                  n_glyphs;
} GlyphRun;

typedef struct
{
  GArray   *runs;      /* GlyphRun */
  gboolean  complex;   /* missing glyphs or several lines: let Pango draw it */
} GlyphCache;

static void
glyph_cache_free (gpointer data)
{
  GlyphCache *cache = data;

  for (guint i = 0; i < cache->runs->len; i++)
    {
      GlyphRun *run = &g_array_index (cache->runs, GlyphRun, i);

      cairo_scaled_font_destroy (run->font);
      g_free (run->glyphs);
    }
  g_array_unref (cache->runs);
  g_free (cache);
}

static GlyphCache *
get_glyphs (PangoLayout *layout)
{
  static GQuark quark;
  GlyphCache *cache;
  PangoLayoutIter *iter;

  if (quark == 0)
    quark = g_quark_from_static_string ("ml-text-glyphs");

  cache = g_object_get_qdata (G_OBJECT (layout), quark);
  if (cache != NULL)
    return cache;

  cache = g_new0 (GlyphCache, 1);
  cache->runs = g_array_new (FALSE, FALSE, sizeof (GlyphRun));
  cache->complex = pango_layout_get_line_count (layout) > 1;

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
      PangoRectangle logical;
      GlyphRun out;
      int baseline, x;

      if (run == NULL || cache->complex)
        continue;

      baseline = pango_layout_iter_get_baseline (iter);
      pango_layout_iter_get_run_extents (iter, NULL, &logical);
      out.font = cairo_scaled_font_reference (pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font)));
      out.glyphs = g_new (cairo_glyph_t, MAX (run->glyphs->num_glyphs, 1));
      out.n_glyphs = 0;
      x = logical.x;
      for (int i = 0; i < run->glyphs->num_glyphs; i++)
        {
          const PangoGlyphInfo *gi = &run->glyphs->glyphs[i];

          if (gi->glyph & PANGO_GLYPH_UNKNOWN_FLAG)
            cache->complex = TRUE;
          else if (gi->glyph != PANGO_GLYPH_EMPTY)
            {
              out.glyphs[out.n_glyphs].index = gi->glyph;
              out.glyphs[out.n_glyphs].x = (double)(x + gi->geometry.x_offset) / PANGO_SCALE;
              out.glyphs[out.n_glyphs].y = (double)(baseline + gi->geometry.y_offset) / PANGO_SCALE;
              out.n_glyphs++;
            }
          x += gi->geometry.width;
        }
      g_array_append_val (cache->runs, out);
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);

  g_object_set_qdata_full (G_OBJECT (layout), quark, cache, glyph_cache_free);

  return cache;
}

/**
 * ml_text_draw:
 *
 * Draws @text with its top-left corner at (@x, @y) in the current source colour.
 */
void
ml_text_draw (cairo_t     *cr,
              const char  *text,
              MlTextStyle  style,
              double       x,
              double       y)
{
  PangoLayout *layout;
  GlyphCache *cache;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (text != NULL);

  layout = ml_text_get_layout (text, style);
  cache = get_glyphs (layout);

  if (cache->complex)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
      return;
    }

  for (guint i = 0; i < cache->runs->len; i++)
    {
      const GlyphRun *run = &g_array_index (cache->runs, GlyphRun, i);
      cairo_glyph_t stack[64];
      cairo_glyph_t *glyphs = run->n_glyphs <= 64 ? stack : g_new (cairo_glyph_t, run->n_glyphs);

      for (int k = 0; k < run->n_glyphs; k++)
        {
          glyphs[k].index = run->glyphs[k].index;
          glyphs[k].x = run->glyphs[k].x + x;
          glyphs[k].y = run->glyphs[k].y + y;
        }
      cairo_set_scaled_font (cr, run->font);
      cairo_show_glyphs (cr, glyphs, run->n_glyphs);
      if (glyphs != stack)
        g_free (glyphs);
    }
}

gboolean
ml_text_style_is_monospace (MlTextStyle style)
{
  g_return_val_if_fail (style < ML_N_TEXT_STYLES, FALSE);

  return style_specs[style].mono;
}

/* The style's font size in layout units: the height of its em, which is what "14 px text"
 * means when the text is drawn at a scale of 1 on a screen of scale factor 1. */
double
ml_text_style_get_size (MlTextStyle style)
{
  g_return_val_if_fail (style < ML_N_TEXT_STYLES, 0);

  return style_specs[style].size;
}

void
ml_text_clear_cache (void)
{
  TextState *state = g_private_get (&text_state_key);

  if (state != NULL)
    g_hash_table_remove_all (state->layouts);
}
