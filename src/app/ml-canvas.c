/* ml-canvas.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlCanvas shows one view of the model.  It lays each new snapshot out with the render
 * layer, keeping the previous layout so that things stay in place, and animates from the
 * previous layout to the new one with an AdwTimedAnimation.  The drawing is render's own
 * cairo code, so what the canvas shows is exactly what export writes.
 *
 * The layout is made at its natural size and then fitted into the widget; the user can zoom
 * (Ctrl+scroll, Ctrl+plus/minus, pinch) and pan (scroll, drag, arrow keys).  When the
 * desktop asks for less motion, steps change instantly.
 *
 * With a text floor (presentation mode sets one) no text is drawn smaller than the floor:
 * a scene too large to fit legibly shows its focus at the smallest legible scale, and the
 * zoom stops there.  The legend is drawn apart, in a band under the scene at a legible size,
 * so that it neither shrinks nor widens the scene.
 */

#define G_LOG_DOMAIN "memlab-canvas"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ml-canvas.h"
#include "ml-scene-legibility.h"

struct _MlCanvas
{
  GtkWidget          parent_instance;

  MlViewKind         view;
  MlSnapshot        *snapshot;
  MlTimelineSeries  *series;
  MlTimelineSeries  *compare;
  MlScene           *layout;
  MlScene           *previous;
  AdwAnimation      *animation;
  double             progress;
  double             speed;
  gboolean           show_addresses;
  gboolean           runtime_detail;
  gboolean           timeline_steps;   /* the timeline's x axis counts steps, not the clock */
  guint              timeline_cycle;   /* the cycle the timeline is zoomed to, or 0 */
  MlProcessStage     process;
  /* A program that does not compile: its source and Go's errors, drawn instead of memory. */
  char              *error_source;
  GArray            *error_lines;     /* guint */
  GPtrArray         *error_messages;  /* utf8 */

  /* Zoom 0 means "fit": the scene follows the widget's size. */
  double             zoom;
  double             pan_x;
  double             pan_y;
  double             drag_pan_x;
  double             drag_pan_y;

  MlHit              selection;
  MlHit              hover;

  /* The heap graph's fan-outs opened by a click, by key (guint64 *). */
  GHashTable        *expanded;

  /* What the layout really covers: a view may reserve room it does not use yet, and fitting
   * the drawing rather than the page keeps its text large enough to read. */
  MlRect             content;

  /* The smallest text allowed, in device pixels, or 0; and the layout's legend, drawn apart. */
  double             text_floor;
  MlScene           *legend;

  /* The values the latest step that brought any brought, followed while they are drawn. */
  MlRect             fresh;

  /* The part of the view a lesson moment talks about ("segment:text"), or NULL: shown
   * rather than the view's own focus when the whole does not fit legibly. */
  char              *focus_name;

  /* The height the layout was given (ml_canvas_floor_height()), to lay out again when the
   * canvas's height changes it. */
  double             laid_height;
};

G_DEFINE_FINAL_TYPE (MlCanvas, ml_canvas, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VIEW,
  PROP_SNAPSHOT,
  PROP_SHOW_ADDRESSES,
  PROP_SPEED,
  PROP_ZOOM,
  PROP_TEXT_FLOOR,
  PROP_RUNTIME_DETAIL,
  PROP_TIMELINE_STEPS,
  PROP_TIMELINE_CYCLE,
  N_PROPS
};

enum {
  SELECTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define ZOOM_MIN 0.1
#define ZOOM_MAX 8.0

static gboolean
reduced_motion (MlCanvas *self)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self));
  gboolean enabled = TRUE;

  g_object_get (settings, "gtk-enable-animations", &enabled, NULL);

  return !enabled;
}

static double
ml_canvas_floor_width (MlCanvas *self)
{
  double smallest, device, width = gtk_widget_get_width (GTK_WIDGET (self));

  if (self->text_floor <= 0 || width <= 0 || (self->view != ML_VIEW_TIMELINE && self->view != ML_VIEW_SPANS))
    return 0;

  device = MAX (gtk_widget_get_scale_factor (GTK_WIDGET (self)), 1);
  /* The text the view drew last time, or its usual smallest (ticks and notes). */
  smallest = self->layout != NULL && self->layout->view == self->view
             ? ml_scene_get_min_text_size (self->layout, NULL, TRUE) : 0;
  if (smallest <= 0)
    smallest = ml_text_style_get_size (ML_TEXT_SMALL);

  return MAX (400, (width - 24) * smallest * device / self->text_floor);
}

/* The height the timeline may take under a text floor, at the floor's scale, so that its
 * chart gives up height for the lanes rather than pushing them out of sight; the height the
 * segments view may take, so that it draws its short form rather than be cut; 0 elsewhere. */
static double
ml_canvas_floor_height (MlCanvas *self)
{
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double width = ml_canvas_floor_width (self);

  if (self->view == ML_VIEW_SEGMENTS && self->text_floor > 0 && height > 0)
    {
      double device = MAX (gtk_widget_get_scale_factor (GTK_WIDGET (self)), 1);

      /* Its smallest text is the body's, everywhere. */
      return MAX (300, (height - 24) * ml_text_style_get_size (ML_TEXT_BODY) * device / self->text_floor);
    }
  if (width <= 0 || height <= 0 || self->view != ML_VIEW_TIMELINE)
    return 0;

  return MAX (300, (height - 24) * width / MAX (gtk_widget_get_width (GTK_WIDGET (self)) - 24, 1));
}

MlRenderOptions
ml_canvas_get_options (MlCanvas *self)
{
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;

  options.theme = adw_style_manager_get_dark (adw_style_manager_get_default ())
                  ? ML_THEME_DARK : ML_THEME_LIGHT;
  options.scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  options.show_addresses = self->show_addresses;
  options.detail = self->runtime_detail ? ML_DETAIL_RUNTIME : ML_DETAIL_PROGRAM;
  options.timeline_steps = self->timeline_steps;
  options.timeline_cycle = self->timeline_cycle;
  options.process = self->process;
  options.expanded = self->expanded;
  options.reduced_motion = reduced_motion (self);
  /* The views lay out at their natural size; the canvas fits them in.  Under a text floor,
   * the views that can lay out at any width (the timeline, the spans) are given the width
   * the canvas shows at the floor's scale, so that they fit rather than being cut. */
  options.width = ml_canvas_floor_width (self);
  options.height = ml_canvas_floor_height (self);

  return options;
}

static void
ml_canvas_measure_content (MlCanvas *self)
{
  g_clear_pointer (&self->legend, ml_scene_unref);
  if (self->layout == NULL)
    {
      self->content = (MlRect) { 0, 0, 1, 1 };
      return;
    }

  self->legend = ml_scene_extract_legend (self->layout);
  ml_scene_measure_content (self->layout, self->legend != NULL, &self->content);
}

/* A scene too large to show whole at the text floor shows what the last step brought (a new
 * variable, a new object) rather than the view's standing focus, except the heap graph's
 * object being scanned, which says more.  It stays there until another step brings more. */
static void
ml_canvas_follow_fresh (MlCanvas *self)
{
  MlRect fresh;

  if (self->layout == NULL || self->previous == NULL)
    {
      self->fresh = (MlRect) { 0, 0, 0, 0 };
      return;
    }
  if (ml_scene_get_new_boxes (self->layout, self->previous, &fresh))
    self->fresh = fresh;
  if (self->fresh.width <= 0 || !ml_rect_intersects (&self->fresh, &self->content))
    return;
  if (self->layout->view == ML_VIEW_HEAP_GRAPH && self->layout->focus.width > 0)
    return;
  /* The layout is the canvas's own until the next one replaces it. */
  ml_scene_set_focus (self->layout, &self->fresh);
}

/* The part a lesson moment names, where the layout has it, takes the place of any other. */
static void
ml_canvas_apply_focus_name (MlCanvas *self)
{
  MlRect rect;

  if (self->layout != NULL && self->focus_name != NULL &&
      ml_render_find_focus (self->layout, self->focus_name, &rect))
    ml_scene_set_focus (self->layout, &rect);
}

/* The legend's scale: its smallest text at the legible size, never below the scene's units. */
static double
ml_canvas_legend_scale (MlCanvas *self)
{
  double smallest, device = MAX (gtk_widget_get_scale_factor (GTK_WIDGET (self)), 1);

  if (self->legend == NULL)
    return 1;
  smallest = ml_scene_get_min_text_size (self->legend, NULL, FALSE);

  return smallest > 0 ? MAX (1, ML_LEGIBLE_TEXT_PX / (smallest * device)) : 1;
}

/* A legend wider than the canvas is cut into rows between its entries. */
#define LEGEND_MAX_ROWS 4

static guint
ml_canvas_legend_rows (MlCanvas *self,
                       double   *starts)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));

  return ml_scene_wrap_legend (self->legend, (width - 24) / ml_canvas_legend_scale (self),
                               starts, LEGEND_MAX_ROWS);
}

/* The height of the band under the scene that the legend takes. */
static double
ml_canvas_legend_band (MlCanvas *self)
{
  double starts[LEGEND_MAX_ROWS];

  if (self->legend == NULL)
    return 0;

  return ml_canvas_legend_rows (self, starts) * self->legend->height * ml_canvas_legend_scale (self) + 12;
}

/* The smallest zoom that keeps the scene's text at the floor, or 0 without a floor. */
static double
ml_canvas_floor_zoom (MlCanvas *self)
{
  double smallest, device = MAX (gtk_widget_get_scale_factor (GTK_WIDGET (self)), 1);

  if (self->text_floor <= 0 || self->layout == NULL)
    return 0;
  smallest = ml_scene_get_min_text_size (self->layout, NULL, TRUE);

  return smallest > 0 ? self->text_floor / (smallest * device) : 0;
}

/* The transformation from scene to widget coordinates. */
static void
ml_canvas_get_transform (MlCanvas *self,
                         double   *scale,
                         double   *dx,
                         double   *dy)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->zoom <= 0 && self->layout != NULL)
    {
      MlSceneTransform t;

      /* Fit the drawing above the legend's band, with a margin, never enlarging it beyond
       * twice its size nor drawing text below the floor. */
      ml_scene_fit (self->layout, &self->content, width, height - ml_canvas_legend_band (self),
                    gtk_widget_get_scale_factor (GTK_WIDGET (self)), self->text_floor, &t);
      *scale = t.scale;
      *dx = t.dx;
      *dy = t.dy;
    }
  else
    {
      *scale = MAX (self->zoom, ZOOM_MIN);
      *dx = 12 - self->pan_x;
      *dy = 12 - self->pan_y;
    }
}

static void
ml_canvas_relayout (MlCanvas *self,
                    gboolean  animate)
{
  MlRenderOptions options = ml_canvas_get_options (self);
  MlScene *layout = NULL;

  self->laid_height = options.height;

  if (self->error_source != NULL)
    layout = ml_compile_error_view_layout (self->view, self->error_source, (const guint *) self->error_lines->data,
                                           (const char * const *) self->error_messages->pdata,
                                           self->error_lines->len, &options);
  else if (self->view == ML_VIEW_TIMELINE && self->series != NULL)
    layout = ml_timeline_view_layout (self->series, self->compare, self->layout, &options);
  else if (self->snapshot != NULL)
    layout = ml_render_layout (self->view, self->snapshot, self->layout, &options);

  /* The old layout is what the animation starts from. */
  g_clear_pointer (&self->previous, ml_scene_unref);
  self->previous = g_steal_pointer (&self->layout);
  self->layout = layout;

  if (self->previous != NULL && self->previous->view != self->view)
    g_clear_pointer (&self->previous, ml_scene_unref);

  ml_canvas_measure_content (self);
  ml_canvas_follow_fresh (self);
  ml_canvas_apply_focus_name (self);

  adw_animation_reset (self->animation);
  if (animate && self->previous != NULL && self->layout != NULL && !options.reduced_motion)
    {
      adw_timed_animation_set_duration (ADW_TIMED_ANIMATION (self->animation),
                                        (guint)(ML_ANIM_DURATION_MS / MAX (self->speed, 0.25)));
      self->progress = 0;
      adw_animation_play (self->animation);
    }
  else
    self->progress = 1;

  if (self->layout != NULL)
    {
      g_autofree char *description = g_strdup_printf (
        /* Translators: the accessible description of a diagram: its title, then how many
         * boxes and arrows it shows */
        _("%s: %u boxes and %u arrows"),
        ml_view_kind_get_title (self->view),
        self->layout->boxes->len,
        self->layout->arrows->len);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, ml_view_kind_get_title (self->view),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A view laid out for the canvas's width is laid out again when the width changes. */
static void
ml_canvas_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  MlCanvas *self = ML_CANVAS (widget);
  double wanted = ml_canvas_floor_width (self);
  double wanted_height = ml_canvas_floor_height (self);

  if (self->layout != NULL && ((wanted > 0 && fabs (self->layout->width - wanted) > 1) ||
                               fabs (self->laid_height - wanted_height) > 1))
    ml_canvas_relayout (self, FALSE);
}

static void
animation_value_cb (double    value,
                    MlCanvas *self)
{
  self->progress = value;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
ml_canvas_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  MlCanvas *self = ML_CANVAS (widget);
  MlRenderOptions options = ml_canvas_get_options (self);
  const MlPalette *palette = ml_palette_get (options.theme);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double scale, dx, dy, band;
  cairo_t *cr;

  /* The background as a colour node, which every renderer fills natively, rather than as
   * a paint inside the cairo node. */
  gtk_snapshot_append_color (snapshot,
                             &(GdkRGBA) { palette->background.red, palette->background.green,
                                          palette->background.blue, 1.0 },
                             &GRAPHENE_RECT_INIT (0, 0, width, height));
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (self->layout == NULL)
    {
      cairo_destroy (cr);
      return;
    }

  ml_canvas_get_transform (self, &scale, &dx, &dy);
  band = ml_canvas_legend_band (self);
  cairo_save (cr);
  if (self->legend != NULL)
    {
      /* The legend in the scene (below everything else in every view that has one) gives
       * way to the one drawn under it.  The clip is a rectangle on whole pixels, which
       * cairo applies without a mask. */
      double bottom = MIN (height - band, self->layout->legend.y * scale + dy);

      cairo_rectangle (cr, 0, 0, width, floor (MAX (bottom, 0)));
      cairo_clip (cr);
    }
  cairo_translate (cr, dx, dy);
  cairo_scale (cr, scale, scale);
  /* Linear progress: ml_view_draw() applies the easing curve itself. */
  options.no_background = TRUE;
  ml_view_draw (self->layout, self->previous, self->progress, &options, cr);

  /* The selected thing gets a focus ring in the accent colour. */
  if (self->selection.kind != ML_HIT_NONE)
    {
      const MlRect *r = &self->selection.rect;

      cairo_set_source_rgba (cr, palette->accent.red, palette->accent.green,
                             palette->accent.blue, 0.9);
      cairo_set_line_width (cr, 3 / scale);
      cairo_rectangle (cr, r->x - 3, r->y - 3, r->width + 6, r->height + 6);
      cairo_stroke (cr);
    }
  cairo_restore (cr);

  if (self->legend != NULL)
    {
      double ls = ml_canvas_legend_scale (self);
      double starts[LEGEND_MAX_ROWS];
      guint rows = ml_canvas_legend_rows (self, starts);

      for (guint r = 0; r < rows; r++)
        {
          double end = r + 1 < rows ? starts[r + 1] : self->legend->width;

          cairo_save (cr);
          cairo_translate (cr, 12, height - band + 6 + r * self->legend->height * ls);
          cairo_scale (cr, ls, ls);
          cairo_translate (cr, -starts[r], 0);
          cairo_rectangle (cr, starts[r], -4, end - starts[r], self->legend->height + 8);
          cairo_clip (cr);
          ml_scene_draw_content (self->legend, cr);
          cairo_restore (cr);
        }
    }

  cairo_destroy (cr);
}

static gboolean
ml_canvas_hit (MlCanvas *self,
               double    x,
               double    y,
               MlHit    *hit)
{
  double scale, dx, dy;

  memset (hit, 0, sizeof *hit);
  if (self->layout == NULL)
    return FALSE;

  ml_canvas_get_transform (self, &scale, &dx, &dy);

  return ml_scene_hit_test (self->layout, (x - dx) / scale, (y - dy) / scale, hit);
}

static const char *
hit_kind_name (MlHitKind kind)
{
  switch (kind)
    {
    case ML_HIT_OBJECT: return _("Heap object");
    case ML_HIT_SLOT: return _("Local variable");
    case ML_HIT_GLOBAL: return _("Package variable");
    case ML_HIT_FRAME: return _("Stack frame");
    case ML_HIT_GOROUTINE: return _("Goroutine");
    case ML_HIT_STRING: return _("String literal");
    case ML_HIT_SPAN: return _("Span");
    case ML_HIT_SEGMENT: return _("Segment");
    case ML_HIT_CYCLE: return _("Collection cycle");
    case ML_HIT_STEP: return _("Step");
    case ML_HIT_GROUP: return _("Group of objects");
    case ML_HIT_NONE:
    default:
      return NULL;
    }
}

static gboolean
query_tooltip_cb (MlCanvas   *self,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip)
{
  MlHit hit;
  const char *kind;
  g_autofree char *text = NULL;

  if (keyboard || !ml_canvas_hit (self, x, y, &hit) || (kind = hit_kind_name (hit.kind)) == NULL)
    return FALSE;

  if (hit.kind == ML_HIT_CYCLE)
    text = g_strdup_printf ("%s %" G_GUINT64_FORMAT, kind, hit.index);
  else if (hit.address != 0)
    text = g_strdup_printf ("%s · %#" G_GINT64_MODIFIER "x", kind, hit.address);
  else
    text = g_strdup (kind);

  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/* A click on a fan-out of the heap graph ("+ 197 × Pedido") opens it, and on an open one
 * folds it again.  Returns whether @hit was one. */
static gboolean
ml_canvas_toggle_fanout (MlCanvas    *self,
                         const MlHit *hit)
{
  const MlSceneBox *box;
  guint64 key = hit->index;

  if (self->layout == NULL || self->layout->view != ML_VIEW_HEAP_GRAPH ||
      (box = ml_scene_find_box (self->layout, hit->key)) == NULL ||
      (g_strcmp0 (box->klass, "fanout") != 0 && g_strcmp0 (box->klass, "fanout-open") != 0))
    return FALSE;

  if (!g_hash_table_remove (self->expanded, &key))
    g_hash_table_add (self->expanded, g_memdup2 (&key, sizeof key));
  ml_canvas_relayout (self, TRUE);

  return TRUE;
}

static void
click_pressed_cb (MlCanvas        *self,
                  int              n_press,
                  double           x,
                  double           y,
                  GtkGestureClick *gesture)
{
  MlHit hit;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  ml_canvas_hit (self, x, y, &hit);
  if (hit.kind == ML_HIT_GROUP && ml_canvas_toggle_fanout (self, &hit))
    return;
  /* On the timeline a click on a cycle's band zooms to that cycle, and a click on the band
   * of the cycle zoomed to goes back to the whole run. */
  if (self->view == ML_VIEW_TIMELINE && hit.kind == ML_HIT_CYCLE)
    ml_canvas_set_timeline_cycle (self, self->timeline_cycle == hit.index ? 0 : (guint) hit.index);
  self->selection = hit;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SELECTED], 0, &self->selection);
}

static void
ml_canvas_zoom_around (MlCanvas *self,
                       double    factor,
                       double    x,
                       double    y)
{
  double scale, dx, dy, sx, sy, zoom;

  ml_canvas_get_transform (self, &scale, &dx, &dy);
  sx = (x - dx) / scale;
  sy = (y - dy) / scale;
  zoom = CLAMP (scale * factor, MAX (ZOOM_MIN, ml_canvas_floor_zoom (self)), ZOOM_MAX);

  /* Keep the point under the pointer where it is. */
  self->pan_x = sx * zoom - x + 12;
  self->pan_y = sy * zoom - y + 12;
  ml_canvas_set_zoom (self, zoom);
}

/* A fitted scene is unfitted at its current scale and place, before it is moved by hand. */
static void
ml_canvas_unfit (MlCanvas *self)
{
  double scale, dx, dy;

  ml_canvas_get_transform (self, &scale, &dx, &dy);
  if (self->zoom <= 0)
    {
      self->pan_x = 12 - dx;
      self->pan_y = 12 - dy;
      self->zoom = scale;
    }
}

/* Zooms by @factor around the middle of the canvas. */
static void
ml_canvas_zoom_centre (MlCanvas *self,
                       double    factor)
{
  ml_canvas_zoom_around (self, factor,
                         gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                         gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

/* Pans by a number of scroll units. */
static void
ml_canvas_pan (MlCanvas *self,
               double    delta_x,
               double    delta_y)
{
  ml_canvas_unfit (self);
  self->pan_x += delta_x * 40;
  self->pan_y += delta_y * 40;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
scroll_cb (MlCanvas                 *self,
           double                    delta_x,
           double                    delta_y,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (state & GDK_CONTROL_MASK)
    {
      ml_canvas_zoom_centre (self, delta_y < 0 ? 1.15 : 1 / 1.15);
      return TRUE;
    }

  ml_canvas_pan (self, delta_x, delta_y);

  return TRUE;
}

static void
drag_begin_cb (MlCanvas       *self,
               double          x,
               double          y,
               GtkGestureDrag *gesture)
{
  ml_canvas_unfit (self);
  self->drag_pan_x = self->pan_x;
  self->drag_pan_y = self->pan_y;
}

static void
drag_update_cb (MlCanvas       *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *gesture)
{
  self->pan_x = self->drag_pan_x - offset_x;
  self->pan_y = self->drag_pan_y - offset_y;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
zoom_scale_changed_cb (MlCanvas       *self,
                       double          scale,
                       GtkGestureZoom *gesture)
{
  double current, dx, dy;

  ml_canvas_get_transform (self, &current, &dx, &dy);
  ml_canvas_zoom_centre (self, scale / MAX (current, ZOOM_MIN));
}

/* canvas.zoom-in and canvas.zoom-out. */
static void
ml_canvas_actions_zoom_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  ml_canvas_zoom_centre (ML_CANVAS (widget),
                         g_str_equal (action_name, "canvas.zoom-in") ? 1.25 : 1 / 1.25);
}

static void
ml_canvas_actions_zoom_fit_cb (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  ml_canvas_zoom_to_fit (ML_CANVAS (widget));
}

static void
ml_canvas_actions_pan_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  MlCanvas *self = ML_CANVAS (widget);
  double x, y;

  g_variant_get (parameter, "(dd)", &x, &y);
  ml_canvas_pan (self, x, y);
}

/* The number of collection cycles the timeline's run has. */
static guint
ml_canvas_n_cycles (MlCanvas *self)
{
  const MlTimelineSample *last = self->series != NULL ? ml_timeline_series_get_last (self->series) : NULL;

  return last != NULL ? last->cycle : 0;
}

/* canvas.cycle-next, canvas.cycle-previous and canvas.cycle-whole: the keyboard's way to what
 * a click on a cycle's band does.  From the whole run, the next cycle is the first and the
 * previous the last; the first and the last stay where they are. */
static void
ml_canvas_actions_cycle_cb (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  MlCanvas *self = ML_CANVAS (widget);
  guint n = ml_canvas_n_cycles (self), cycle = self->timeline_cycle;

  if (self->view != ML_VIEW_TIMELINE)
    return;
  if (g_str_equal (action_name, "canvas.cycle-whole") || n == 0)
    cycle = 0;
  else if (g_str_equal (action_name, "canvas.cycle-next"))
    cycle = cycle == 0 ? 1 : MIN (cycle + 1, n);
  else
    cycle = cycle == 0 ? n : MAX (cycle - 1, 1);
  ml_canvas_set_timeline_cycle (self, cycle);
}

static void
style_changed_cb (MlCanvas *self)
{
  /* Colours are part of the layout, so the theme needs a new one. */
  ml_canvas_relayout (self, FALSE);
}

static void
ml_canvas_dispose (GObject *object)
{
  MlCanvas *self = ML_CANVAS (object);

  /* A playing animation keeps itself alive; stopping it now keeps its callback from
   * reaching a canvas that is gone. */
  if (self->animation != NULL)
    adw_animation_pause (self->animation);
  g_clear_object (&self->animation);
  g_clear_pointer (&self->snapshot, ml_snapshot_unref);
  g_clear_pointer (&self->error_source, g_free);
  g_clear_pointer (&self->focus_name, g_free);
  g_clear_pointer (&self->error_lines, g_array_unref);
  g_clear_pointer (&self->error_messages, g_ptr_array_unref);
  g_clear_pointer (&self->series, ml_timeline_series_unref);
  g_clear_pointer (&self->compare, ml_timeline_series_unref);
  g_clear_pointer (&self->layout, ml_scene_unref);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_pointer (&self->previous, ml_scene_unref);
  g_clear_pointer (&self->legend, ml_scene_unref);

  G_OBJECT_CLASS (ml_canvas_parent_class)->dispose (object);
}

static void
ml_canvas_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MlCanvas *self = ML_CANVAS (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_string (value, ml_view_kind_to_string (self->view));
      break;

    case PROP_SNAPSHOT:
      g_value_set_boxed (value, self->snapshot);
      break;

    case PROP_SHOW_ADDRESSES:
      g_value_set_boolean (value, self->show_addresses);
      break;

    case PROP_SPEED:
      g_value_set_double (value, self->speed);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    case PROP_TEXT_FLOOR:
      g_value_set_double (value, self->text_floor);
      break;

    case PROP_RUNTIME_DETAIL:
      g_value_set_boolean (value, self->runtime_detail);
      break;

    case PROP_TIMELINE_STEPS:
      g_value_set_boolean (value, self->timeline_steps);
      break;

    case PROP_TIMELINE_CYCLE:
      g_value_set_uint (value, self->timeline_cycle);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ml_canvas_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MlCanvas *self = ML_CANVAS (object);
  MlViewKind view;

  switch (prop_id)
    {
    case PROP_VIEW:
      if (ml_view_kind_from_string (g_value_get_string (value), &view))
        ml_canvas_set_view (self, view);
      break;

    case PROP_SNAPSHOT:
      ml_canvas_set_snapshot (self, g_value_get_boxed (value));
      break;

    case PROP_SHOW_ADDRESSES:
      ml_canvas_set_show_addresses (self, g_value_get_boolean (value));
      break;

    case PROP_SPEED:
      ml_canvas_set_speed (self, g_value_get_double (value));
      break;

    case PROP_ZOOM:
      ml_canvas_set_zoom (self, g_value_get_double (value));
      break;

    case PROP_TEXT_FLOOR:
      ml_canvas_set_text_floor (self, g_value_get_double (value));
      break;

    case PROP_RUNTIME_DETAIL:
      if (self->runtime_detail != g_value_get_boolean (value))
        {
          self->runtime_detail = g_value_get_boolean (value);
          ml_canvas_relayout (self, FALSE);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_TIMELINE_STEPS:
      if (self->timeline_steps != g_value_get_boolean (value))
        {
          self->timeline_steps = g_value_get_boolean (value);
          ml_canvas_relayout (self, FALSE);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_TIMELINE_CYCLE:
      ml_canvas_set_timeline_cycle (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ml_canvas_class_init (MlCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ml_canvas_dispose;
  object_class->get_property = ml_canvas_get_property;
  object_class->set_property = ml_canvas_set_property;

  widget_class->snapshot = ml_canvas_snapshot;
  widget_class->size_allocate = ml_canvas_size_allocate;

  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "memory-map",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SNAPSHOT] =
    g_param_spec_boxed ("snapshot", NULL, NULL, ML_SNAPSHOT_TYPE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SHOW_ADDRESSES] =
    g_param_spec_boolean ("show-addresses", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SPEED] =
    g_param_spec_double ("speed", NULL, NULL, 0.25, 8.0, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0.0, ZOOM_MAX, 0.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* The smallest text drawn, in device pixels; 0 lets a fitted scene shrink freely. */
  properties[PROP_TEXT_FLOOR] =
    g_param_spec_double ("text-floor", NULL, NULL, 0.0, 64.0, 0.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* The runtime's structures (a map's groups) rather than the course's level, "clase". */
  properties[PROP_RUNTIME_DETAIL] =
    g_param_spec_boolean ("runtime-detail", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* The timeline's x axis in steps rather than on the model's virtual clock. */
  properties[PROP_TIMELINE_STEPS] =
    g_param_spec_boolean ("timeline-steps", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* The collection cycle the timeline is zoomed to; 0 fits the whole run. */
  properties[PROP_TIMELINE_CYCLE] =
    g_param_spec_uint ("timeline-cycle", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MlCanvas::selected:
   * @hit: what was clicked, of kind %ML_HIT_NONE for empty space
   */
  signals[SELECTED] =
    g_signal_new ("selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_install_action (widget_class, "canvas.zoom-in", NULL, ml_canvas_actions_zoom_cb);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-out", NULL, ml_canvas_actions_zoom_cb);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-fit", NULL, ml_canvas_actions_zoom_fit_cb);
  gtk_widget_class_install_action (widget_class, "canvas.pan", "(dd)", ml_canvas_actions_pan_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "canvas.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "canvas.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "canvas.zoom-fit", NULL);
  gtk_widget_class_install_action (widget_class, "canvas.cycle-next", NULL, ml_canvas_actions_cycle_cb);
  gtk_widget_class_install_action (widget_class, "canvas.cycle-previous", NULL, ml_canvas_actions_cycle_cb);
  gtk_widget_class_install_action (widget_class, "canvas.cycle-whole", NULL, ml_canvas_actions_cycle_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_bracketright, 0, "canvas.cycle-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_bracketleft, 0, "canvas.cycle-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "canvas.cycle-whole", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "canvas.cycle-whole", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "canvas.cycle-whole", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "canvas.pan", "(dd)", -1.0, 0.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "canvas.pan", "(dd)", 1.0, 0.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "canvas.pan", "(dd)", 0.0, -1.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "canvas.pan", "(dd)", 0.0, 1.0);

  gtk_widget_class_set_css_name (widget_class, "canvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ml_canvas_init (MlCanvas *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;
  AdwAnimationTarget *target;

  self->view = ML_VIEW_MEMORY_MAP;
  self->speed = 1.0;
  self->progress = 1.0;
  self->expanded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);

  target = adw_callback_animation_target_new ((AdwAnimationTargetFunc)animation_value_cb, self, NULL);
  self->animation = adw_timed_animation_new (GTK_WIDGET (self), 0, 1, ML_ANIM_DURATION_MS, target);
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->animation), ADW_LINEAR);

  gesture = gtk_gesture_click_new ();
  g_signal_connect_swapped (gesture, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_MIDDLE);
  g_signal_connect_swapped (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect_swapped (gesture, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_swapped (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
ml_canvas_new (void)
{
  return g_object_new (ML_TYPE_CANVAS, NULL);
}

MlViewKind
ml_canvas_get_view (MlCanvas *self)
{
  g_return_val_if_fail (ML_IS_CANVAS (self), ML_VIEW_MEMORY_MAP);

  return self->view;
}

void
ml_canvas_set_view (MlCanvas   *self,
                    MlViewKind  view)
{
  g_return_if_fail (ML_IS_CANVAS (self));
  g_return_if_fail (view < ML_N_VIEWS);

  if (self->view == view)
    return;

  self->view = view;
  self->zoom = 0;
  self->selection.kind = ML_HIT_NONE;
  g_clear_pointer (&self->layout, ml_scene_unref);
  ml_canvas_relayout (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

/**
 * ml_canvas_get_snapshot:
 *
 * Returns: (transfer none) (nullable): the snapshot shown
 */
MlSnapshot *
ml_canvas_get_snapshot (MlCanvas *self)
{
  g_return_val_if_fail (ML_IS_CANVAS (self), NULL);

  return self->snapshot;
}

void
ml_canvas_set_snapshot (MlCanvas   *self,
                        MlSnapshot *snapshot)
{
  g_return_if_fail (ML_IS_CANVAS (self));

  if (self->snapshot == snapshot)
    return;

  g_clear_pointer (&self->snapshot, ml_snapshot_unref);
  if (snapshot != NULL)
    self->snapshot = ml_snapshot_ref (snapshot);

  ml_canvas_relayout (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SNAPSHOT]);
}

/**
 * ml_canvas_set_timeline_cycle:
 * @cycle: the collection cycle to zoom the timeline to, or 0 for the whole run
 */
void
ml_canvas_set_timeline_cycle (MlCanvas *self,
                              guint     cycle)
{
  g_return_if_fail (ML_IS_CANVAS (self));

  if (self->timeline_cycle == cycle)
    return;
  self->timeline_cycle = cycle;
  if (self->view == ML_VIEW_TIMELINE)
    ml_canvas_relayout (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMELINE_CYCLE]);
}

/**
 * ml_canvas_set_focus_name:
 * @focus: (nullable): the part of the view a lesson moment talks about, as
 *   ml_render_find_focus() names it, or %NULL
 *
 * A window too small to show the whole picture legibly shows that part of it, in this view
 * and any other that has it, until the focus changes.
 */
void
ml_canvas_set_focus_name (MlCanvas   *self,
                          const char *focus)
{
  g_return_if_fail (ML_IS_CANVAS (self));

  if (g_strcmp0 (self->focus_name, focus) == 0)
    return;
  g_set_str (&self->focus_name, focus);
  if (self->layout == NULL)
    return;
  /* Without a name, the view's own focus comes back with a new layout. */
  if (focus == NULL)
    ml_canvas_relayout (self, FALSE);
  else
    {
      ml_canvas_apply_focus_name (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

/**
 * ml_canvas_get_visible_rect:
 * @rect: (out): the part of the scene the canvas shows, in the scene's coordinates
 */
void
ml_canvas_get_visible_rect (MlCanvas *self,
                            MlRect   *rect)
{
  double scale, dx, dy;

  g_return_if_fail (ML_IS_CANVAS (self));

  ml_canvas_get_transform (self, &scale, &dx, &dy);
  rect->x = -dx / scale;
  rect->y = -dy / scale;
  rect->width = gtk_widget_get_width (GTK_WIDGET (self)) / scale;
  rect->height = (gtk_widget_get_height (GTK_WIDGET (self)) - ml_canvas_legend_band (self)) / scale;
}

/**
 * ml_canvas_set_series:
 * @series: (nullable): the run's history, for the timeline
 * @compare: (nullable): a second run to draw beside it
 */
void
ml_canvas_set_series (MlCanvas         *self,
                      MlTimelineSeries *series,
                      MlTimelineSeries *compare)
{
  g_return_if_fail (ML_IS_CANVAS (self));

  g_clear_pointer (&self->series, ml_timeline_series_unref);
  g_clear_pointer (&self->compare, ml_timeline_series_unref);
  if (series != NULL)
    self->series = ml_timeline_series_ref (series);
  if (compare != NULL)
    self->compare = ml_timeline_series_ref (compare);

  if (self->view == ML_VIEW_TIMELINE)
    ml_canvas_relayout (self, FALSE);
}

/**
 * ml_canvas_set_compile_errors:
 * @source: (nullable): the program's text, or %NULL when it compiles
 * @lines: the line of each error
 * @messages: Go's message for each error
 *
 * A program that does not compile has no memory to draw: the canvas shows its errors next to
 * their lines instead, until it is given %NULL.
 */
void
ml_canvas_set_compile_errors (MlCanvas           *self,
                              const char         *source,
                              const guint        *lines,
                              const char * const *messages,
                              guint               n_errors)
{
  g_return_if_fail (ML_IS_CANVAS (self));

  if (source == NULL && self->error_source == NULL)
    return;
  g_clear_pointer (&self->error_source, g_free);
  g_clear_pointer (&self->error_lines, g_array_unref);
  g_clear_pointer (&self->error_messages, g_ptr_array_unref);
  if (source != NULL)
    {
      self->error_source = g_strdup (source);
      self->error_lines = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_errors);
      g_array_append_vals (self->error_lines, lines, n_errors);
      self->error_messages = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < n_errors; i++)
        g_ptr_array_add (self->error_messages, g_strdup (messages[i]));
    }
  ml_canvas_relayout (self, FALSE);
}

/**
 * ml_canvas_set_process_stage:
 *
 * Sets where the program of the process picture is in its life; the picture changes on the
 * next snapshot.
 */
void
ml_canvas_set_process_stage (MlCanvas       *self,
                             MlProcessStage  stage)
{
  g_return_if_fail (ML_IS_CANVAS (self));

  self->process = stage;
}

gboolean
ml_canvas_get_show_addresses (MlCanvas *self)
{
  g_return_val_if_fail (ML_IS_CANVAS (self), FALSE);

  return self->show_addresses;
}

void
ml_canvas_set_show_addresses (MlCanvas *self,
                              gboolean  show_addresses)
{
  g_return_if_fail (ML_IS_CANVAS (self));

  show_addresses = !!show_addresses;
  if (self->show_addresses == show_addresses)
    return;

  self->show_addresses = show_addresses;
  ml_canvas_relayout (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_ADDRESSES]);
}

double
ml_canvas_get_speed (MlCanvas *self)
{
  g_return_val_if_fail (ML_IS_CANVAS (self), 1.0);

  return self->speed;
}

void
ml_canvas_set_speed (MlCanvas *self,
                     double    speed)
{
  g_return_if_fail (ML_IS_CANVAS (self));

  speed = CLAMP (speed, 0.25, 8.0);
  if (self->speed == speed)
    return;

  self->speed = speed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEED]);
}

double
ml_canvas_get_zoom (MlCanvas *self)
{
  g_return_val_if_fail (ML_IS_CANVAS (self), 0.0);

  return self->zoom;
}

/**
 * ml_canvas_set_zoom:
 * @zoom: device-independent pixels per scene unit, or 0 to fit the scene in the canvas
 */
void
ml_canvas_set_zoom (MlCanvas *self,
                    double    zoom)
{
  g_return_if_fail (ML_IS_CANVAS (self));

  zoom = zoom <= 0 ? 0 : CLAMP (zoom, MAX (ZOOM_MIN, ml_canvas_floor_zoom (self)), ZOOM_MAX);
  if (self->zoom == zoom)
    return;

  self->zoom = zoom;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
ml_canvas_zoom_to_fit (MlCanvas *self)
{
  g_return_if_fail (ML_IS_CANVAS (self));

  ml_canvas_set_zoom (self, 0);
}

/**
 * ml_canvas_get_scene:
 *
 * Returns: (transfer none) (nullable): the layout shown, for export
 */
MlScene *
ml_canvas_get_scene (MlCanvas *self)
{
  g_return_val_if_fail (ML_IS_CANVAS (self), NULL);

  return self->layout;
}

gboolean
ml_canvas_get_animating (MlCanvas *self)
{
  g_return_val_if_fail (ML_IS_CANVAS (self), FALSE);

  return adw_animation_get_state (self->animation) == ADW_ANIMATION_PLAYING;
}

/**
 * ml_canvas_get_selection:
 *
 * Returns: (transfer none): what the user clicked last
 */
const MlHit *
ml_canvas_get_selection (MlCanvas *self)
{
  g_return_val_if_fail (ML_IS_CANVAS (self), NULL);

  return &self->selection;
}

/**
 * ml_canvas_select:
 * @kind: what to select
 * @address: the Go address of the thing
 *
 * Selects the thing of @kind at @address, as a click on it would: a fan-out of the heap
 * graph ("+ 197 × Pedido", whose address is its first member's) opens, or folds again.
 *
 * Returns: %TRUE if the view shows such a thing
 */
gboolean
ml_canvas_select (MlCanvas  *self,
                  MlHitKind  kind,
                  guint64    address)
{
  g_return_val_if_fail (ML_IS_CANVAS (self), FALSE);

  if (self->layout == NULL)
    return FALSE;

  for (guint i = 0; i < ml_scene_get_n_boxes (self->layout); i++)
    {
      const MlSceneBox *box = ml_scene_get_box (self->layout, i);

      if (box->hit_kind == kind && box->address == address)
        {
          MlHit hit = { kind, address, box->index, box->key, box->rect };

          /* A fan-out of the heap graph opens or folds, as a click on it does. */
          if (kind == ML_HIT_GROUP && ml_canvas_toggle_fanout (self, &hit))
            return TRUE;
          self->selection.kind = kind;
          self->selection.address = address;
          self->selection.index = box->index;
          self->selection.key = box->key;
          self->selection.rect = box->rect;
          gtk_widget_queue_draw (GTK_WIDGET (self));
          g_signal_emit (self, signals[SELECTED], 0, &self->selection);
          return TRUE;
        }
    }

  return FALSE;
}

double
ml_canvas_get_text_floor (MlCanvas *self)
{
  g_return_val_if_fail (ML_IS_CANVAS (self), 0.0);

  return self->text_floor;
}

/**
 * ml_canvas_set_text_floor:
 * @floor_px: the smallest text to draw, in device pixels, or 0 for none
 *
 * Sets the text floor: fitting shows the focus of a scene too large to fit legibly, and
 * zooming out stops where text would go below @floor_px.
 */
void
ml_canvas_set_text_floor (MlCanvas *self,
                          double    floor_px)
{
  g_return_if_fail (ML_IS_CANVAS (self));

  floor_px = CLAMP (floor_px, 0, 64);
  if (self->text_floor == floor_px)
    return;

  self->text_floor = floor_px;
  self->zoom = 0;
  ml_canvas_relayout (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_FLOOR]);
}

/**
 * ml_canvas_get_min_text_px:
 *
 * Measures what the canvas draws now: the height, in device pixels, of the smallest text
 * visible in it, the legend's included.
 *
 * Returns: that height, or 0 if the canvas shows no text
 */
double
ml_canvas_get_min_text_px (MlCanvas *self)
{
  MlSceneTransform t;
  double device, width, height, band, smallest, legend_px;

  g_return_val_if_fail (ML_IS_CANVAS (self), 0.0);

  if (self->layout == NULL)
    return 0;

  device = MAX (gtk_widget_get_scale_factor (GTK_WIDGET (self)), 1);
  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));
  band = ml_canvas_legend_band (self);
  ml_canvas_get_transform (self, &t.scale, &t.dx, &t.dy);
  smallest = ml_scene_get_min_text_px (self->layout, &t, width, height - band, device,
                                       self->legend != NULL);
  if (self->legend == NULL)
    return smallest;

  legend_px = ml_scene_get_min_text_size (self->legend, NULL, FALSE) * ml_canvas_legend_scale (self) * device;
  if (smallest <= 0)
    return legend_px;

  return legend_px > 0 ? MIN (smallest, legend_px) : smallest;
}
