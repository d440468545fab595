/* ml-scene.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlScene is a layout: the positioned shapes of one picture (boxes, arrows, text, paths and
 * raster images), each with a stable key.  Every view produces one from a snapshot; one
 * function draws any scene with cairo, one writes it as SVG, one interpolates two scenes
 * for animation and one finds what is under a point.  A scene is immutable once built and
 * reference counted, so the window can keep the previous one for the next layout and for
 * the transition.
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "ml-palette.h"
#include "ml-text.h"
#include "ml-view.h"

G_BEGIN_DECLS

/* Drawing order: everything of a lower layer is drawn before anything of a higher one.
 * Containers (regions, frames) are background so that arrows pass over them, while the
 * boxes that hold values are drawn over the arrows: "pointers under the boxes". */
typedef enum
{
  ML_Z_BACKGROUND,
  ML_Z_ARROWS,
  ML_Z_BOXES,
  ML_Z_TEXT,
  ML_Z_OVERLAY,
  ML_N_Z
} MlZ;

typedef enum
{
  ML_BOX_DASHED    = 1 << 0,
  ML_BOX_HATCHED   = 1 << 1,   /* diagonal hatching: grey objects, readable without colour */
  ML_BOX_SHADOW    = 1 << 2,
  ML_BOX_HIGHLIGHT = 1 << 3,   /* a thick ring in ring colour: the object being scanned */
  ML_BOX_CROSSED   = 1 << 4,   /* crossed out: freed */
  ML_BOX_NO_FILL   = 1 << 5,
  ML_BOX_NO_STROKE = 1 << 6,
  ML_BOX_OBSTACLE  = 1 << 7,   /* arrows are routed around it */
} MlBoxFlags;

typedef struct
{
  guint64      key;
  MlRect       rect;
  MlColor      fill;
  MlColor      stroke;
  MlColor      ring;
  double       stroke_width;
  double       radius;
  double       opacity;
  guint16      flags;          /* MlBoxFlags */
  guint8       z;              /* MlZ */
  guint8       hit_kind;       /* MlHitKind */
  const char  *klass;          /* static: "object", "slot", "frame"...; the SVG class */
  guint64      address;
  guint64      index;
  guint64      copy_of;        /* the key of the box it holds a copy of (p4 := p2), 0 for none:
                                * when it is new, both are what the step brought */
} MlSceneBox;

typedef enum
{
  ML_ARROW_HEAD     = 1 << 0,
  ML_ARROW_DASHED   = 1 << 1,
  ML_ARROW_CURVED   = 1 << 2,  /* the four points are a cubic Bézier curve */
  ML_ARROW_TAIL_DOT = 1 << 3,
} MlArrowFlags;

typedef struct
{
  guint64      key;
  guint        first_point;    /* into the scene's points */
  guint        n_points;
  MlColor      color;
  double       width;
  double       opacity;
  guint16      flags;          /* MlArrowFlags */
  guint8       z;
  gint         from_box;       /* box index, or -1 */
  gint         to_box;
  const char  *klass;
} MlSceneArrow;

typedef struct
{
  guint64      key;
  char        *text;
  double       x;              /* top-left corner of the text */
  double       y;
  double       width;
  double       height;
  MlColor      color;
  double       opacity;
  guint8       style;          /* MlTextStyle */
  guint8       z;
  const char  *klass;
} MlSceneText;

typedef enum
{
  ML_PATH_CLOSED = 1 << 0,
  ML_PATH_FILL   = 1 << 1,
  ML_PATH_STROKE = 1 << 2,
  ML_PATH_DASHED = 1 << 3,
} MlPathFlags;

typedef struct
{
  guint64      key;
  guint        first_point;
  guint        n_points;
  MlColor      fill;
  MlColor      stroke;
  double       width;
  double       opacity;
  guint16      flags;          /* MlPathFlags */
  guint8       z;
  const char  *klass;
} MlScenePath;

typedef struct
{
  guint64          key;
  MlRect           rect;
  cairo_surface_t *surface;    /* an image surface, stretched over rect without smoothing */
  double           opacity;
  guint8           z;
  const char      *klass;
} MlSceneImage;

typedef struct _MlScene MlScene;

struct _MlScene
{
  /*< private >*/
  gint           ref_count;
  GHashTable    *box_keys;
  GHashTable    *text_keys;
  GHashTable    *arrow_keys;
  GHashTable    *path_keys;
  gpointer       view_data;
  GDestroyNotify view_data_free;

  /*< public, read-only >*/
  MlViewKind     view;
  MlTheme        theme;
  double         width;
  double         height;
  MlColor        background;
  GArray        *boxes;        /* MlSceneBox */
  GArray        *arrows;       /* MlSceneArrow */
  GArray        *texts;        /* MlSceneText */
  GArray        *paths;        /* MlScenePath */
  GArray        *images;       /* MlSceneImage */
  GArray        *points;       /* MlPoint */
  gboolean       draft;        /* an in-between frame of an animation: thin lines are drawn
                                * without antialiasing, which nobody sees in motion */
  char          *title;        /* what the picture is, for an export's metadata, or NULL */
  MlRect         focus;        /* what matters most now, for a canvas that cannot show it all;
                                * empty if the view names nothing (ml-scene-legibility.c) */
  MlRect         legend;       /* where the legend is, which a canvas may draw apart; or empty */
};

#define ML_SCENE_TYPE (ml_scene_get_type ())

GType           ml_scene_get_type        (void) G_GNUC_CONST;
MlScene        *ml_scene_new             (MlViewKind         view,
                                          MlTheme            theme,
                                          double             width,
                                          double             height);
MlScene        *ml_scene_ref             (MlScene           *self);
void            ml_scene_unref           (MlScene           *self);

MlSceneBox     *ml_scene_add_box         (MlScene           *self,
                                          guint64            key,
                                          const MlRect      *rect);
MlSceneText    *ml_scene_add_text        (MlScene           *self,
                                          guint64            key,
                                          const char        *text,
                                          MlTextStyle        style,
                                          double             x,
                                          double             y,
                                          const MlColor     *color);
MlSceneArrow   *ml_scene_add_arrow       (MlScene           *self,
                                          guint64            key,
                                          const MlPoint     *points,
                                          guint              n_points);
MlScenePath    *ml_scene_add_path        (MlScene           *self,
                                          guint64            key,
                                          const MlPoint     *points,
                                          guint              n_points);
MlSceneImage   *ml_scene_add_image       (MlScene           *self,
                                          guint64            key,
                                          const MlRect      *rect,
                                          cairo_surface_t   *surface);
void            ml_scene_set_title       (MlScene           *self,
                                          const char        *title);
void            ml_scene_set_view_data   (MlScene           *self,
                                          gpointer           data,
                                          GDestroyNotify     destroy);
gpointer        ml_scene_get_view_data   (MlScene           *self);

guint           ml_scene_get_n_boxes     (MlScene           *self);
const MlSceneBox  *ml_scene_get_box      (MlScene           *self,
                                          guint              index);
const MlSceneBox  *ml_scene_find_box     (MlScene           *self,
                                          guint64            key);
gint            ml_scene_find_box_index  (MlScene           *self,
                                          guint64            key);
const MlSceneText *ml_scene_find_text    (MlScene           *self,
                                          guint64            key);
const MlSceneText *ml_scene_find_text_by_string (MlScene    *self,
                                                 const char *text);
const MlPoint  *ml_scene_get_arrow_points(MlScene           *self,
                                          const MlSceneArrow *arrow);
guint           ml_scene_count_boxes     (MlScene           *self,
                                          const char        *klass);
guint           ml_scene_count_arrows    (MlScene           *self,
                                          const char        *klass);

void            ml_scene_draw            (MlScene           *self,
                                          cairo_t           *cr);
void            ml_scene_draw_content    (MlScene           *self,
                                          cairo_t           *cr);
gboolean        ml_scene_hit_test        (MlScene           *self,
                                          double             x,
                                          double             y,
                                          MlHit             *hit);
char           *ml_scene_to_svg          (MlScene           *self,
                                          gsize             *length);

/* Stable identities.  A key names the thing, not its place, so that the same object has
 * the same key in every step. */
static inline guint64
ml_scene_key (const char *ns,
              guint64     a,
              guint64     b)
{
  guint64 h = G_GUINT64_CONSTANT (1469598103934665603);

  for (const char *p = ns; *p != '\0'; p++)
    h = (h ^ (guchar)*p) * G_GUINT64_CONSTANT (1099511628211);
  for (guint i = 0; i < 8; i++)
    h = (h ^ ((a >> (i * 8)) & 0xff)) * G_GUINT64_CONSTANT (1099511628211);
  for (guint i = 0; i < 8; i++)
    h = (h ^ ((b >> (i * 8)) & 0xff)) * G_GUINT64_CONSTANT (1099511628211);

  return h;
}

static inline MlColor
ml_color_mix (const MlColor *a,
              const MlColor *b,
              double         t)
{
  MlColor c = {
    a->red + (b->red - a->red) * t,
    a->green + (b->green - a->green) * t,
    a->blue + (b->blue - a->blue) * t,
    a->alpha + (b->alpha - a->alpha) * t,
  };

  return c;
}

static inline MlColor
ml_color_with_alpha (const MlColor *a,
                     double         alpha)
{
  MlColor c = { a->red, a->green, a->blue, a->alpha * alpha };

  return c;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlScene, ml_scene_unref)

G_END_DECLS
