/* test-segments-short.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The segments view's short form, for a projected window: given a height it cannot fill
 * whole, the picture draws every band in less height, with no text smaller than the body's;
 * and a lesson moment's focus names the bands it talks about.  A file of its own, beside
 * test-views.c, which holds the views' other tests.
 */

#include "config.h"

#include "ml-render.h"
#include "ml-scene-legibility.h"
#include "render-test-util.h"

static const MlSegmentKind kinds[] = {
  ML_SEGMENT_HEAP, ML_SEGMENT_STACK, ML_SEGMENT_DATA, ML_SEGMENT_RODATA, ML_SEGMENT_TEXT,
};

static void
test_short_form (void)
{
  g_autoptr(MlSnapshot) persona = render_test_persona ();
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) whole = ml_segments_view_layout (persona, NULL, &options);
  g_autoptr(MlScene) roomy = NULL;
  g_autoptr(MlScene) short_form = NULL;

  /* Room enough: the picture is the one export draws. */
  options.height = whole->height + 10;
  roomy = ml_segments_view_layout (persona, NULL, &options);
  g_assert_cmpfloat (roomy->height, ==, whole->height);

  /* A projected canvas's height at 14 px: every band, in less height, text as large. */
  options.height = 500;
  short_form = ml_segments_view_layout (persona, NULL, &options);
  g_test_message ("the segments picture: %.0f high, %.0f in its short form", whole->height, short_form->height);
  g_assert_cmpfloat (whole->height, >, 500);
  g_assert_cmpfloat (short_form->height, <=, 500);
  g_assert_cmpfloat (ml_scene_get_min_text_size (short_form, NULL, TRUE), >=,
                     ml_scene_get_min_text_size (whole, NULL, TRUE));
  g_assert_cmpfloat (ml_scene_get_min_text_size (short_form, NULL, TRUE), >=, ML_LEGIBLE_TEXT_PX);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_assert_nonnull (ml_scene_find_box (short_form, ml_scene_key ("segment", kinds[i], 0)));

  render_test_save (short_form, "segments-short.png");
  render_test_cleanup ();
}

static void
test_focus_names (void)
{
  g_autoptr(MlSnapshot) persona = render_test_persona ();
  g_autoptr(MlScene) scene = ml_segments_view_layout (persona, NULL, NULL);
  const MlSceneBox *rodata = ml_scene_find_box (scene, ml_scene_key ("segment", ML_SEGMENT_RODATA, 0));
  const MlSceneBox *text = ml_scene_find_box (scene, ml_scene_key ("segment", ML_SEGMENT_TEXT, 0));
  MlRect rect;

  g_assert_true (ml_render_find_focus (NULL, "segment:data,rodata,text", NULL));
  g_assert_true (ml_render_find_focus (NULL, "timeline:compare", NULL));
  g_assert_false (ml_render_find_focus (NULL, "segment:code", NULL));
  g_assert_false (ml_render_find_focus (NULL, "segment:", NULL));
  g_assert_false (ml_render_find_focus (NULL, "heap:text", NULL));
  /* A view has only its own parts. */
  g_assert_false (ml_render_find_focus (scene, "timeline:compare", NULL));

  /* The bands named, from the top of the first to the bottom of the last. */
  g_assert_true (ml_render_find_focus (scene, "segment:rodata,text", &rect));
  g_assert_nonnull (rodata);
  g_assert_nonnull (text);
  g_assert_cmpfloat (rect.y, <=, rodata->rect.y);
  g_assert_cmpfloat (rect.y + rect.height, >=, text->rect.y + text->rect.height);
  g_assert_cmpfloat (rect.x, <=, rodata->rect.x);

  render_test_cleanup ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/segments/short-form", test_short_form);
  g_test_add_func ("/render/segments/focus", test_focus_names);

  return g_test_run ();
}
