/* test-scene.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parts every view shares: the scene, its SVG, interpolation, hit-testing, the arrow
 * router, Go value formatting and the timeline series.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ml-router-private.h"
#include "ml-scene-legibility.h"
#include "ml-value.h"
#include "render-test-util.h"

static MlScene *
two_box_scene (void)
{
  MlScene *scene = ml_scene_new (ML_VIEW_HEAP_GRAPH, ML_THEME_LIGHT, 300, 200);
  MlRect outer = { 10, 10, 200, 150 };
  MlRect inner = { 40, 40, 50, 40 };
  MlPoint p[2] = { { 90, 60 }, { 250, 60 } };
  MlSceneBox *box;
  MlSceneArrow *arrow;
  static const MlColor black = { 0, 0, 0, 1 };

  box = ml_scene_add_box (scene, 1, &outer);
  box->hit_kind = ML_HIT_FRAME;
  box->address = 0x1000;
  box->z = ML_Z_BACKGROUND;
  box->klass = "frame";
  box = ml_scene_add_box (scene, 2, &inner);
  box->hit_kind = ML_HIT_OBJECT;
  box->address = 0xc000010000;
  box->klass = "object";
  box->fill = (MlColor) { 1, 0, 0, 1 };
  arrow = ml_scene_add_arrow (scene, 3, p, 2);
  arrow->from_box = 1;
  arrow->klass = "pointer";
  ml_scene_add_text (scene, 4, "Node & <co>", ML_TEXT_BODY, 45, 45, &black);

  return scene;
}

static void
test_hit_test (void)
{
  g_autoptr(MlScene) scene = two_box_scene ();
  MlHit hit;

  g_assert_true (ml_scene_hit_test (scene, 50, 50, &hit));
  g_assert_cmpint (hit.kind, ==, ML_HIT_OBJECT);
  g_assert_cmpuint (hit.address, ==, 0xc000010000);
  g_assert_true (ml_scene_hit_test (scene, 150, 120, &hit));
  g_assert_cmpint (hit.kind, ==, ML_HIT_FRAME);
  g_assert_false (ml_scene_hit_test (scene, 290, 190, &hit));
  g_assert_cmpint (hit.kind, ==, ML_HIT_NONE);

  g_assert_nonnull (ml_scene_find_box (scene, 2));
  g_assert_null (ml_scene_find_box (scene, 99));
  g_assert_cmpuint (ml_scene_count_boxes (scene, "object"), ==, 1);
  g_assert_cmpuint (ml_scene_count_arrows (scene, "pointer"), ==, 1);
}

/* The SVG is well-formed XML with one group per box and arrow, classed, and text as text. */
typedef struct
{
  guint objects;
  guint arrows;
  guint texts;
  guint depth;
  gboolean root_svg;
} SvgCount;

static void
svg_start (GMarkupParseContext *context,
           const char          *element,
           const char         **names,
           const char         **values,
           gpointer             user_data,
           GError             **error)
{
  SvgCount *count = user_data;

  if (count->depth++ == 0)
    count->root_svg = g_strcmp0 (element, "svg") == 0;

  for (guint i = 0; names[i] != NULL; i++)
    if (g_strcmp0 (names[i], "class") == 0)
      {
        if (g_strcmp0 (element, "g") == 0 && strstr (values[i], "ml-box ml-object") != NULL)
          count->objects++;
        if (g_strcmp0 (element, "g") == 0 && strstr (values[i], "ml-arrow") != NULL)
          count->arrows++;
        if (g_strcmp0 (element, "text") == 0)
          count->texts++;
      }
}

static void
svg_end (GMarkupParseContext *context,
         const char          *element,
         gpointer             user_data,
         GError             **error)
{
  ((SvgCount *)user_data)->depth--;
}

static void
test_svg_structure (void)
{
  g_autoptr(MlScene) scene = two_box_scene ();
  g_autofree char *svg = ml_scene_to_svg (scene, NULL);
  static const GMarkupParser parser = { svg_start, svg_end, NULL, NULL, NULL };
  SvgCount count = { 0 };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, &count, NULL);
  g_autoptr(GError) error = NULL;
  const char *body = strstr (svg, "<svg");

  g_assert_nonnull (body);
  g_markup_parse_context_parse (context, body, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  g_assert_true (count.root_svg);
  g_assert_cmpuint (count.objects, ==, 1);
  g_assert_cmpuint (count.arrows, ==, 1);
  g_assert_cmpuint (count.texts, ==, 1);
  /* Markup in labels is escaped, not interpreted. */
  g_assert_nonnull (strstr (svg, "Node &amp; &lt;co&gt;"));
  g_assert_nonnull (strstr (svg, "viewBox=\"0 0 300 200\""));
}

static void
test_interpolate (void)
{
  g_autoptr(MlScene) from = ml_scene_new (ML_VIEW_HEAP_GRAPH, ML_THEME_LIGHT, 200, 100);
  g_autoptr(MlScene) to = ml_scene_new (ML_VIEW_HEAP_GRAPH, ML_THEME_LIGHT, 200, 100);
  g_autoptr(MlScene) mid = NULL;
  g_autoptr(MlScene) end = NULL;
  MlRect a = { 0, 0, 20, 20 }, b = { 100, 40, 40, 20 }, c = { 10, 60, 10, 10 };
  MlSceneBox *box;
  const MlSceneBox *found;

  box = ml_scene_add_box (from, 7, &a);
  box->fill = (MlColor) { 1, 1, 1, 1 };
  ml_scene_add_box (from, 8, &c);          /* dies */
  box = ml_scene_add_box (to, 7, &b);
  box->fill = (MlColor) { 0, 0, 0, 1 };
  ml_scene_add_box (to, 9, &c);            /* is born */

  mid = ml_scene_interpolate (from, to, 0.5);
  found = ml_scene_find_box (mid, 7);
  g_assert_nonnull (found);
  g_assert_cmpfloat_with_epsilon (found->rect.x, 50, 1e-9);
  g_assert_cmpfloat_with_epsilon (found->rect.y, 20, 1e-9);
  g_assert_cmpfloat_with_epsilon (found->rect.width, 30, 1e-9);
  g_assert_cmpfloat_with_epsilon (found->fill.red, 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (ml_scene_find_box (mid, 8)->opacity, 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (ml_scene_find_box (mid, 9)->opacity, 0.5, 1e-9);

  end = ml_scene_interpolate (from, to, 1);
  g_assert_true (end == to);
  g_assert_cmpfloat (ml_anim_ease (0), ==, 0);
  g_assert_cmpfloat (ml_anim_ease (1), ==, 1);
  g_assert_cmpfloat (ml_anim_ease (0.5), >, 0.5);
}

static gboolean
segment_hits_rect (const MlPoint *a,
                   const MlPoint *b,
                   const MlRect  *r)
{
  /* Orthogonal segments only: a box test on the segment's own bounding box. */
  MlRect seg = { MIN (a->x, b->x), MIN (a->y, b->y), fabs (a->x - b->x) + 0.01, fabs (a->y - b->y) + 0.01 };

  return ml_rect_intersects (&seg, r);
}

static void
test_router (void)
{
  g_autoptr(MlRouter) router = ml_router_new (400, 300, 6);
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (MlPoint));
  MlRect wall = { 150, 20, 60, 240 };
  MlPoint start = { 20, 140 }, end = { 380, 150 };
  const MlPoint *p;

  ml_router_add_obstacle (router, &wall, 4);
  g_assert_true (ml_router_route (router, &start, &end, points));
  p = (const MlPoint *)(gpointer)points->data;
  g_assert_cmpfloat (p[0].x, ==, start.x);
  g_assert_cmpfloat (p[0].y, ==, start.y);
  g_assert_cmpfloat (p[points->len - 1].x, ==, end.x);
  g_assert_cmpfloat (p[points->len - 1].y, ==, end.y);
  g_assert_cmpuint (points->len, >=, 4);
  for (guint i = 0; i + 1 < points->len; i++)
    {
      /* Every run is horizontal or vertical, and none crosses the wall. */
      g_assert_true (fabs (p[i].x - p[i + 1].x) < 1e-6 || fabs (p[i].y - p[i + 1].y) < 1e-6);
      g_assert_false (segment_hits_rect (&p[i], &p[i + 1], &wall));
    }
}

static void
test_value_format (void)
{
  GString *out = g_string_new (NULL);
  static const struct
  {
    double      value;
    const char *go;
  } floats[] = {
    { 1e6, "1e+06" }, { 123456, "123456" }, { 0.1, "0.1" }, { 3.14, "3.14" }, { 1e-05, "1e-05" },
    { 0.0001, "0.0001" }, { 100, "100" }, { -2.5, "-2.5" }, { 1234567.5, "1.2345675e+06" },
  };
  g_autoptr(MlSnapshot) persona = render_test_persona ();
  const MlSnapSlot *p1 = NULL, *p3 = NULL;
  g_autofree char *v1 = NULL;
  g_autofree char *v3 = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (floats); i++)
    {
      g_string_truncate (out, 0);
      ml_value_append_float (out, floats[i].value, FALSE);
      g_assert_cmpstr (out->str, ==, floats[i].go);
    }
  g_string_free (out, TRUE);

  for (guint i = 0; i < persona->n_slots; i++)
    {
      if (g_strcmp0 (persona->slots[i].name, "p1") == 0)
        p1 = &persona->slots[i];
      if (g_strcmp0 (persona->slots[i].name, "p3") == 0)
        p3 = &persona->slots[i];
    }
  g_assert_nonnull (p1);
  g_assert_nonnull (p3);

  /* fmt.Println(p1): empty strings print as nothing, fields are separated by one space. */
  v1 = ml_value_format (persona, p1->type, persona->values + p1->value_offset);
  g_assert_cmpstr (v1, ==, "{Marcelo  27 {   0}}");
  v3 = ml_value_format (persona, p3->type, persona->values + p3->value_offset);
  g_assert_cmpstr (v3, ==, "{Juan Gonzalez 34 {Valentín Gomez Caseros Buenos Aires 742}}");
}

static void
test_series (void)
{
  g_autoptr(MlTimelineSeries) series = ml_timeline_series_new ("run");

  for (guint64 i = 0; i < 10; i++)
    {
      MlTimelineSample s = { .step = i, .heap_live = i * 100, .phase = i >= 4 && i < 7 ? ML_GC_MARK : ML_GC_OFF };

      ml_timeline_series_append_sample (series, &s);
    }
  g_assert_cmpuint (ml_timeline_series_get_n_samples (series), ==, 10);

  /* Stepping back to step 5 and on again replaces the tail. */
  {
    MlTimelineSample s = { .step = 5, .heap_live = 999 };

    ml_timeline_series_append_sample (series, &s);
  }
  g_assert_cmpuint (ml_timeline_series_get_n_samples (series), ==, 6);
  g_assert_cmpuint (ml_timeline_series_get_last (series)->heap_live, ==, 999);
  ml_timeline_series_truncate (series, 2);
  g_assert_cmpuint (ml_timeline_series_get_n_samples (series), ==, 3);

  /* Past the limit, the series halves but keeps every phase change. */
  for (guint64 i = 3; i < ML_TIMELINE_SERIES_MAX_SAMPLES + 10; i++)
    {
      MlTimelineSample s = { .step = i, .phase = i == 1001 ? ML_GC_MARK : ML_GC_OFF };

      ml_timeline_series_append_sample (series, &s);
    }
  g_assert_cmpuint (ml_timeline_series_get_n_samples (series), <=, ML_TIMELINE_SERIES_MAX_SAMPLES);
  {
    gboolean found = FALSE;

    for (guint i = 0; i < ml_timeline_series_get_n_samples (series); i++)
      found |= ml_timeline_series_get_sample (series, i)->step == 1001;
    g_assert_true (found);
  }
}

static void
test_view_names (void)
{
  MlViewKind kind;

  for (guint i = 0; i < ML_N_VIEWS; i++)
    {
      g_assert_true (ml_view_kind_from_string (ml_view_kind_to_string (i), &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_nonnull (ml_view_kind_get_title (i));
    }
  g_assert_true (ml_view_kind_from_string ("memory-map", &kind));
  g_assert_cmpint (kind, ==, ML_VIEW_MEMORY_MAP);
  g_assert_false (ml_view_kind_from_string ("graph", &kind));
  g_assert_false (ml_view_kind_from_string (NULL, &kind));
}

static void
test_text_fallback (void)
{
  const char *family = ml_text_get_family (FALSE);
  double w, h;

  /* The sysroot has Cantarell; a host with Adwaita Sans gets that. */
  g_assert_true (g_strcmp0 (family, "Adwaita Sans") == 0 || g_strcmp0 (family, "Cantarell") == 0 ||
                 g_strcmp0 (family, "Sans") == 0);
  ml_text_measure ("Persona", ML_TEXT_BODY, &w, &h);
  g_assert_cmpfloat (w, >, 20);
  g_assert_cmpfloat (h, >, 10);
  {
    g_autofree char *shortened = ml_text_ellipsize ("a rather long type name indeed", ML_TEXT_BODY, 60);

    ml_text_measure (shortened, ML_TEXT_BODY, &w, NULL);
    g_assert_cmpfloat (w, <=, 60);
    g_assert_true (g_str_has_suffix (shortened, "…"));
  }
}

/* A wide scene: a heading far left, tiny text at the focus far right, and a legend under it. */
static MlScene *
wide_scene (void)
{
  const MlPalette *palette = ml_palette_get (ML_THEME_LIGHT);
  MlScene *scene = ml_scene_new (ML_VIEW_MEMORY_MAP, ML_THEME_LIGHT, 4000, 1200);
  MlPoint line[2] = { { 300, 1150 }, { 340, 1150 } };

  ml_scene_add_box (scene, ml_scene_key ("box", 1, 0), &(MlRect) { 20, 20, 3900, 1000 });
  ml_scene_add_text (scene, ml_scene_key ("t", 1, 0), "main()", ML_TEXT_HEADING, 40, 40, &palette->foreground);
  ml_scene_add_text (scene, ml_scene_key ("t", 2, 0), "16 B", ML_TEXT_TINY, 3000, 500, &palette->foreground);
  ml_scene_set_focus (scene, &(MlRect) { 2900, 450, 300, 200 });
  ml_scene_add_box (scene, ml_scene_key ("legend", 1, 0), &(MlRect) { 20, 1140, 22, 22 });
  ml_scene_add_text (scene, ml_scene_key ("legend", 2, 0), "white", ML_TEXT_SMALL, 50, 1142, &palette->foreground);
  ml_scene_add_arrow (scene, ml_scene_key ("legend", 3, 0), line, 2);
  ml_scene_add_text (scene, ml_scene_key ("legend", 4, 0), "being followed", ML_TEXT_SMALL, 350, 1142, &palette->foreground);
  ml_scene_set_legend (scene, &(MlRect) { 16, 1136, 600, 32 });

  return scene;
}

/* The smallest text a transform draws, and the fit that keeps it at the floor around the
 * view's focus. */
static void
test_legibility (void)
{
  g_autoptr(MlScene) scene = wide_scene ();
  g_autoptr(MlScene) legend = NULL;
  MlSceneTransform t;
  MlRect content;
  double starts[4];

  g_assert_cmpfloat (ml_text_style_get_size (ML_TEXT_TINY), <, ML_LEGIBLE_TEXT_PX);
  g_assert_cmpfloat (ml_scene_get_min_text_size (scene, NULL, FALSE), ==, ml_text_style_get_size (ML_TEXT_TINY));
  /* Only what reaches into the visible rectangle counts. */
  g_assert_cmpfloat (ml_scene_get_min_text_size (scene, &(MlRect) { 0, 0, 500, 400 }, TRUE), ==,
                     ml_text_style_get_size (ML_TEXT_HEADING));

  /* The legend is left out of what is fitted. */
  ml_scene_measure_content (scene, TRUE, &content);
  g_assert_cmpfloat (content.y + content.height, <, 1136);
  ml_scene_measure_content (scene, FALSE, &content);
  g_assert_cmpfloat (content.y + content.height, >, 1160);

  /* Without a floor the whole scene fits, its text far too small to read. */
  ml_scene_measure_content (scene, TRUE, &content);
  ml_scene_fit (scene, &content, 1000, 700, 1, 0, &t);
  g_assert_cmpfloat (t.scale, <, 0.3);
  g_assert_cmpfloat (ml_scene_get_min_text_px (scene, &t, 1000, 700, 1, TRUE), <, 4);

  /* With one, the text stays at 14 px and the focus is in view; twice the device pixels
   * halve the scale. */
  ml_scene_fit (scene, &content, 1000, 700, 1, ML_LEGIBLE_TEXT_PX, &t);
  g_assert_cmpfloat (ml_scene_get_min_text_px (scene, &t, 1000, 700, 1, TRUE), >=, ML_LEGIBLE_TEXT_PX - 1e-9);
  g_assert_cmpfloat (2900 * t.scale + t.dx, >=, 0);
  g_assert_cmpfloat ((2900 + 300) * t.scale + t.dx, <=, 1000);
  g_assert_cmpfloat (450 * t.scale + t.dy, >=, 0);
  g_assert_cmpfloat ((450 + 200) * t.scale + t.dy, <=, 700);
  ml_scene_fit (scene, &content, 1000, 700, 2, ML_LEGIBLE_TEXT_PX, &t);
  g_assert_cmpfloat (fabs (t.scale - ML_LEGIBLE_TEXT_PX / (2 * ml_text_style_get_size (ML_TEXT_TINY))), <, 1e-9);

  /* Without a focus, the start of the scene. */
  ml_scene_set_focus (scene, NULL);
  ml_scene_fit (scene, &content, 1000, 700, 1, ML_LEGIBLE_TEXT_PX, &t);
  g_assert_cmpfloat (fabs (content.x * t.scale + t.dx - 12), <, 1e-9);
  g_assert_cmpfloat (fabs (content.y * t.scale + t.dy - 12), <, 1e-9);

  /* The legend apart: its three entries at its own corner, cut into rows between them. */
  legend = ml_scene_extract_legend (scene);
  g_assert_nonnull (legend);
  g_assert_cmpuint (legend->boxes->len, ==, 1);
  g_assert_cmpuint (legend->texts->len, ==, 2);
  g_assert_cmpuint (legend->arrows->len, ==, 1);
  g_assert_cmpfloat (g_array_index (legend->boxes, MlSceneBox, 0).rect.x, ==, 4);
  g_assert_cmpuint (ml_scene_wrap_legend (legend, 1000, starts, 4), ==, 1);
  g_assert_cmpuint (ml_scene_wrap_legend (legend, 400, starts, 4), ==, 2);
  g_assert_cmpfloat (starts[1], >, 100);
  g_assert_cmpfloat (starts[1], <, 284);

  /* What a step brought: the value boxes the scene before it did not have. */
  {
    g_autoptr(MlScene) next = wide_scene ();
    MlSceneBox *b;
    MlRect fresh;

    g_assert_false (ml_scene_get_new_boxes (next, scene, &fresh));
    b = ml_scene_add_box (next, ml_scene_key ("slot", 7, 0), &(MlRect) { 100, 200, 50, 20 });
    b->hit_kind = ML_HIT_SLOT;
    g_assert_true (ml_scene_get_new_boxes (next, scene, &fresh));
    g_assert_cmpfloat (fresh.x, ==, 100);
    g_assert_cmpfloat (fresh.width, ==, 50);
    g_assert_false (ml_scene_get_new_boxes (next, NULL, &fresh));
  }
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/scene/hit-test", test_hit_test);
  g_test_add_func ("/render/scene/svg-structure", test_svg_structure);
  g_test_add_func ("/render/scene/interpolate", test_interpolate);
  g_test_add_func ("/render/scene/router", test_router);
  g_test_add_func ("/render/scene/value-format", test_value_format);
  g_test_add_func ("/render/scene/series", test_series);
  g_test_add_func ("/render/scene/view-names", test_view_names);
  g_test_add_func ("/render/scene/text", test_text_fallback);
  g_test_add_func ("/render/scene/legibility", test_legibility);
  ret = g_test_run ();
  render_test_cleanup ();

  return ret;
}
