/* render-test-util.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "render-test-util.h"

/* The runtimes that made the test snapshots are kept until the test ends: snapshots once
 * pointed at names the runtime owned, and keeping them costs nothing. */
static GPtrArray *kept_runtimes;

static MlRuntime *
keep (MlRuntime *rt)
{
  if (kept_runtimes == NULL)
    kept_runtimes = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (kept_runtimes, g_object_ref (rt));

  return rt;
}

void
render_test_cleanup (void)
{
  g_clear_pointer (&kept_runtimes, g_ptr_array_unref);
}

static const MlRtype *
string_type (MlRuntime *rt)
{
  return ml_rtype_registry_basic (ml_runtime_get_types (rt), ML_KIND_STRING);
}

/* Writes a string header (pointer to the interned literal, length) at @addr. */
static void
write_string (MlRuntime  *rt,
              guint64     addr,
              const char *text)
{
  if (text == NULL || *text == '\0')
    return;

  ml_runtime_write_pointer (rt, addr, ml_runtime_intern_string (rt, text, -1));
  ml_runtime_write_word (rt, addr + 8, strlen (text));
}

typedef struct
{
  const char *calle;
  const char *ciudad;
  const char *provincia;
  guint64     numero;
} Direccion;

typedef struct
{
  const char *nombre;
  const char *apellido;
  guint64     edad;
  Direccion   direccion;
} Persona;

static void
write_direccion (MlRuntime       *rt,
                 guint64          addr,
                 const Direccion *d)
{
  write_string (rt, addr, d->calle);
  write_string (rt, addr + 16, d->ciudad);
  write_string (rt, addr + 32, d->provincia);
  ml_runtime_write_word (rt, addr + 48, d->numero);
}

static void
write_persona (MlRuntime     *rt,
               guint64        addr,
               const Persona *p)
{
  write_string (rt, addr, p->nombre);
  write_string (rt, addr + 16, p->apellido);
  ml_runtime_write_word (rt, addr + 32, p->edad);
  write_direccion (rt, addr + 40, &p->direccion);
}

/**
 * render_test_persona:
 *
 * The lecture's program, corrected (p4.apellido = "Martinez"), at its end:
 *
 *   var num int = 5
 *   func main() {
 *     var p1 Persona; p1.nombre = "Marcelo"; p1.edad = 27
 *     p2 := Persona{nombre: "Pepe", edad: 23}
 *     p3 := Persona{"Juan", "Gonzalez", 34, Direccion{"Valentín Gomez", "Caseros", "Buenos Aires", 742}}
 *     p4 := p2
 *     dir := Direccion{"Av. Corrientes", "CABA", "Buenos Aires", 1050}
 *     p4.apellido = "Martinez"
 *     p4.direccion = dir
 *   }
 */
MlSnapshot *
render_test_persona (void)
{
  return render_test_persona_with_copies (0, FALSE);
}

/**
 * render_test_persona_with_copies:
 * @n_copies: how many copies of p3 to make on the heap, as fmt.Println's boxing of p3 does
 * @keep_one: whether a package variable `ultimo *Persona` keeps the first copy alive (the
 *   others are garbage)
 *
 * The Persona program at its end, with copies of its structs on the heap that point at the
 * same literals as the variables on the stack: every kind of arrow the memory map draws, to
 * rodata from both the stack and the heap, and from data to the heap.
 */
MlSnapshot *
render_test_persona_with_copies (guint    n_copies,
                                 gboolean keep_one)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_string = string_type (rt);
  const MlRtype *t_uint = ml_rtype_registry_basic (reg, ML_KIND_UINT);
  const MlRtype *direccion, *persona;
  g_autoptr(MlFrameLayout) layout = ml_frame_layout_new ("main.main");
  guint64 num, base, off_p1, off_p2, off_p3, off_p4, off_dir;
  guint id;
  static const Persona p1 = { "Marcelo", NULL, 27, { NULL, NULL, NULL, 0 } };
  static const Persona p2 = { "Pepe", NULL, 23, { NULL, NULL, NULL, 0 } };
  static const Persona p3 = { "Juan", "Gonzalez", 34, { "Valentín Gomez", "Caseros", "Buenos Aires", 742 } };
  static const Persona p4 = { "Pepe", "Martinez", 23, { "Av. Corrientes", "CABA", "Buenos Aires", 1050 } };
  static const Direccion dir = { "Av. Corrientes", "CABA", "Buenos Aires", 1050 };

  {
    MlRtypeField f[] = {
      { "calle", t_string, 0, FALSE }, { "ciudad", t_string, 0, FALSE },
      { "provincia", t_string, 0, FALSE }, { "numero", t_uint, 0, FALSE },
    };
    direccion = ml_rtype_registry_struct (reg, "main.Direccion", f, G_N_ELEMENTS (f));
  }
  {
    MlRtypeField f[] = {
      { "nombre", t_string, 0, FALSE }, { "apellido", t_string, 0, FALSE },
      { "edad", t_uint, 0, FALSE }, { "direccion", direccion, 0, FALSE },
    };
    persona = ml_rtype_registry_struct (reg, "main.Persona", f, G_N_ELEMENTS (f));
  }
  g_assert_cmpuint (direccion->size, ==, 56);
  g_assert_cmpuint (persona->size, ==, 96);

  ml_runtime_add_function (rt, "main.main", 620);

  /* The literals in the order the compiler meets them. */
  for (const char * const *s = (const char * const[]) { "Marcelo", "Pepe", "Juan", "Gonzalez", "Valentín Gomez",
                                                        "Caseros", "Buenos Aires", "Av. Corrientes", "CABA",
                                                        "Martinez", NULL }; *s != NULL; s++)
    ml_runtime_intern_string (rt, *s, -1);

  num = ml_runtime_add_global (rt, "main.num", ml_rtype_registry_basic (reg, ML_KIND_INT), TRUE);
  ml_runtime_write_word (rt, num, 5);

  off_p1 = ml_frame_layout_add_slot (layout, "p1", persona, ML_SLOT_LOCAL);
  off_p2 = ml_frame_layout_add_slot (layout, "p2", persona, ML_SLOT_LOCAL);
  off_p3 = ml_frame_layout_add_slot (layout, "p3", persona, ML_SLOT_LOCAL);
  off_p4 = ml_frame_layout_add_slot (layout, "p4", persona, ML_SLOT_LOCAL);
  off_dir = ml_frame_layout_add_slot (layout, "dir", direccion, ML_SLOT_LOCAL);
  id = ml_runtime_register_frame_layout (rt, layout);
  base = ml_runtime_push_frame (rt, 1, id);
  ml_runtime_end_step (rt);

  write_persona (rt, base + off_p1, &p1);
  write_persona (rt, base + off_p2, &p2);
  write_persona (rt, base + off_p3, &p3);
  write_persona (rt, base + off_p4, &p4);
  write_direccion (rt, base + off_dir, &dir);
  ml_runtime_end_step (rt);

  if (n_copies > 0)
    {
      guint64 ultimo = keep_one ? ml_runtime_add_global (rt, "main.ultimo", ml_rtype_registry_pointer_to (reg, persona),
                                                         FALSE) : 0;

      for (guint i = 0; i < n_copies; i++)
        {
          guint64 copy = ml_runtime_new_object (rt, persona);

          write_persona (rt, copy, &p3);
          if (i == 0 && keep_one)
            ml_runtime_write_pointer (rt, ultimo, copy);
        }
      ml_runtime_end_step (rt);
    }
  keep (rt);

  return ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
}

static const MlRtype *
node_type (MlRuntime *rt)
{
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *found = ml_rtype_registry_lookup (reg, "main.Node");
  const MlRtype *t_ptr = ml_rtype_registry_basic (reg, ML_KIND_UNSAFE_POINTER);
  MlRtypeField fields[] = {
    { "left", t_ptr, 0, FALSE },
    { "right", t_ptr, 0, FALSE },
    { "value", ml_rtype_registry_basic (reg, ML_KIND_INT), 0, FALSE },
  };

  if (found != NULL)
    return found;

  return ml_rtype_registry_struct (reg, "main.Node", fields, G_N_ELEMENTS (fields));
}

static const MlRtype *
item_type (MlRuntime *rt)
{
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *found = ml_rtype_registry_lookup (reg, "main.Item");
  MlRtypeField fields[] = {
    { "next", ml_rtype_registry_basic (reg, ML_KIND_UNSAFE_POINTER), 0, FALSE },
    { "name", string_type (rt), 0, FALSE },
  };

  if (found != NULL)
    return found;

  return ml_rtype_registry_struct (reg, "main.Item", fields, G_N_ELEMENTS (fields));
}

/**
 * render_test_gc_runtime:
 * @garbage_addr: (out) (optional): one of the unreachable objects
 *
 * A small heap for the collector lessons: a global binary tree of seven nodes, a local list
 * of three items, and four objects nobody reaches (two of them a cycle, which a tracing
 * collector frees all the same).
 */
MlRuntime *
render_test_gc_runtime (guint64 *garbage_addr)
{
  MlRuntime *rt = ml_runtime_new ();
  const MlRtype *node = node_type (rt);
  const MlRtype *item = item_type (rt);
  guint64 tree[7];
  guint64 items[3];
  guint64 g1, g2, g3, g4;

  ml_runtime_add_function (rt, "main.main", 300);

  tree[0] = ml_runtime_sandbox_alloc_global (rt, "main.tree", node);
  for (guint i = 1; i < 7; i++)
    tree[i] = ml_runtime_sandbox_alloc_field (rt, tree[(i - 1) / 2], ((i - 1) % 2) * 8, node);
  for (guint i = 0; i < 7; i++)
    ml_runtime_write_word (rt, tree[i] + 16, i + 1);
  ml_runtime_end_step (rt);

  items[0] = ml_runtime_sandbox_alloc_local (rt, "v0", item);
  items[1] = ml_runtime_sandbox_alloc_field (rt, items[0], 0, item);
  items[2] = ml_runtime_sandbox_alloc_field (rt, items[1], 0, item);
  write_string (rt, items[0] + 8, "uno");
  write_string (rt, items[1] + 8, "dos");
  write_string (rt, items[2] + 8, "tres");
  ml_runtime_end_step (rt);

  /* Garbage: a cycle of two, and two loose objects. */
  g1 = ml_runtime_new_object (rt, node);
  g2 = ml_runtime_new_object (rt, node);
  ml_runtime_write_pointer (rt, g1, g2);
  ml_runtime_write_pointer (rt, g2 + 8, g1);
  g3 = ml_runtime_new_object (rt, item);
  g4 = ml_runtime_new_object (rt, node);
  ml_runtime_write_pointer (rt, g4, g3);
  ml_runtime_end_step (rt);

  if (garbage_addr != NULL)
    *garbage_addr = g1;

  return rt;
}

/**
 * render_test_mid_gc:
 *
 * The small heap in the middle of marking: some objects black, some grey, the rest white,
 * and the collector busy with one object.
 */
MlSnapshot *
render_test_mid_gc (void)
{
  g_autoptr(MlRuntime) rt = keep (render_test_gc_runtime (NULL));
  MlSnapshot *best = NULL;
  guint best_score = 0;

  ml_runtime_gc_start (rt);
  ml_runtime_end_step (rt);

  /* Step the collector and keep the most instructive moment: greys and blacks both
   * present, with an object being scanned. */
  for (guint i = 0; i < 200; i++)
    {
      MlSnapshot *snap;
      guint grey = 0, black = 0, score;
      gboolean more = ml_runtime_gc_unit (rt);

      ml_runtime_end_step (rt);
      snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
      for (guint o = 0; o < snap->n_objects; o++)
        {
          grey += snap->objects[o].colour == ML_COLOUR_GREY;
          black += snap->objects[o].colour == ML_COLOUR_BLACK;
        }
      score = MIN (grey, black) * 4 + (snap->focus.object != 0 ? 2 : 0) + (snap->focus.edge_to != 0 ? 1 : 0);
      if (snap->phase == ML_GC_MARK && score > best_score)
        {
          g_clear_pointer (&best, ml_snapshot_unref);
          best = snap;
          best_score = score;
        }
      else
        ml_snapshot_unref (snap);

      if (!more || ml_runtime_get_phase (rt) == ML_GC_OFF)
        break;
    }

  g_assert_nonnull (best);

  return best;
}

/**
 * render_test_big_heap_runtime:
 *
 * @n_objects nodes hanging off 8 global roots, each node pointing at one or two nodes made
 * before it (a random DAG with sharing), about a tenth of them unreachable.
 */
MlRuntime *
render_test_big_heap_runtime (guint n_objects,
                              guint seed)
{
  MlRuntime *rt = ml_runtime_new ();
  const MlRtype *node = node_type (rt);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree guint64 *objs = g_new0 (guint64, n_objects);

  ml_runtime_set_gogc (rt, -1);
  ml_runtime_set_history_enabled (rt, FALSE);
  ml_runtime_set_events_enabled (rt, FALSE);

  /* Each node points back at one or two of the ten nodes made just before it, never at a
   * multiple of ten: those are the garbage, a tenth of the heap. */
  for (guint i = 0; i < n_objects; i++)
    {
      objs[i] = ml_runtime_new_object (rt, node);
      for (guint f = 0; f < 2 && i > 1; f++)
        {
          guint back = 1 + (guint)g_rand_int_range (rand, 0, 10);
          guint target = back >= i ? 0 : i - back;

          if (f == 1 && g_rand_int_range (rand, 0, 3) != 0)
            break;
          if (target % 10 == 0 && target > 0)
            target--;
          ml_runtime_write_pointer (rt, objs[i] + f * 8, objs[target]);
        }
    }

  for (guint r = 0; r < 8; r++)
    {
      g_autofree char *name = g_strdup_printf ("main.root%u", r);
      const MlRtype *ptr = ml_rtype_registry_pointer_to (ml_runtime_get_types (rt), node);
      guint64 slot = ml_runtime_add_global (rt, name, ptr, FALSE);

      guint target = n_objects - 1 - r * (n_objects / 80 + 1);

      if (target % 10 == 0 && target > 0)
        target--;
      ml_runtime_write_pointer (rt, slot, objs[target]);
    }
  ml_runtime_end_step (rt);

  return rt;
}

MlSnapshot *
render_test_big_heap (guint n_objects,
                      guint seed)
{
  g_autoptr(MlRuntime) rt = keep (render_test_big_heap_runtime (n_objects, seed));

  return ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
}

/**
 * render_test_big_heap_after_gc:
 * @mid_cycle: stop in the middle of the next cycle's mark instead
 *
 * The big heap after a full collection (the unreachable tenth freed, holes in the spans),
 * then a second batch of garbage and, with @mid_cycle, a cycle stopped half-way.
 */
MlSnapshot *
render_test_big_heap_after_gc (guint    n_objects,
                               gboolean mid_cycle)
{
  g_autoptr(MlRuntime) rt = keep (render_test_big_heap_runtime (n_objects, 11));

  ml_runtime_gc_collect (rt);
  ml_runtime_end_step (rt);

  if (mid_cycle)
    {
      guint units = 0;

      ml_runtime_gc_start (rt);
      while (ml_runtime_get_phase (rt) != ML_GC_MARK && ml_runtime_gc_unit (rt))
        ;
      while (units++ < n_objects / 3 && ml_runtime_gc_unit (rt))
        ;
      ml_runtime_end_step (rt);
    }

  return ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
}

/* Pictures go to the build folder, where the developer looks at them. */
char *
render_test_out_path (const char *name)
{
  const char *root = g_getenv ("MEMLAB_BUILD_ROOT");
  g_autofree char *dir = g_build_filename (root != NULL ? root : g_get_tmp_dir (), "render-out", NULL);

  g_mkdir_with_parents (dir, 0755);

  return g_build_filename (dir, name, NULL);
}

cairo_surface_t *
render_test_draw (MlScene *scene,
                  double   scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int)ceil (scene->width * scale),
                                                         (int)ceil (scene->height * scale));
  cairo_t *cr;

  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  ml_scene_draw (scene, cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

void
render_test_save (MlScene    *scene,
                  const char *name)
{
  g_autofree char *path = render_test_out_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  ml_render_export_scene (scene, file, 1, NULL, &error);
  g_assert_no_error (error);
}

void
render_test_assert_no_overlap (MlScene    *scene,
                               const char *klass)
{
  for (guint i = 0; i < scene->boxes->len; i++)
    {
      const MlSceneBox *a = &g_array_index (scene->boxes, MlSceneBox, i);

      if (g_strcmp0 (a->klass, klass) != 0)
        continue;

      for (guint j = i + 1; j < scene->boxes->len; j++)
        {
          const MlSceneBox *b = &g_array_index (scene->boxes, MlSceneBox, j);

          if (g_strcmp0 (b->klass, klass) != 0)
            continue;

          if (ml_rect_intersects (&a->rect, &b->rect))
            g_error ("%s boxes %u (%g,%g %gx%g) and %u (%g,%g %gx%g) overlap", klass,
                     i, a->rect.x, a->rect.y, a->rect.width, a->rect.height,
                     j, b->rect.x, b->rect.y, b->rect.width, b->rect.height);
        }
    }
}

static double
distance_to_rect (const MlRect  *r,
                  const MlPoint *p)
{
  double dx = MAX (MAX (r->x - p->x, 0), p->x - (r->x + r->width));
  double dy = MAX (MAX (r->y - p->y, 0), p->y - (r->y + r->height));

  return hypot (dx, dy);
}

/* Every arrow that names its boxes starts in (or on) its source and ends on its target. */
void
render_test_assert_arrows_attached (MlScene *scene,
                                    double   tolerance)
{
  for (guint i = 0; i < scene->arrows->len; i++)
    {
      const MlSceneArrow *arrow = &g_array_index (scene->arrows, MlSceneArrow, i);
      const MlPoint *p = ml_scene_get_arrow_points (scene, arrow);
      const MlSceneBox *from, *to;

      if (arrow->from_box < 0 || arrow->to_box < 0)
        continue;

      from = ml_scene_get_box (scene, (guint)arrow->from_box);
      to = ml_scene_get_box (scene, (guint)arrow->to_box);
      g_assert_cmpfloat (distance_to_rect (&from->rect, &p[0]), <=, tolerance);
      g_assert_cmpfloat (distance_to_rect (&to->rect, &p[arrow->n_points - 1]), <=, tolerance);
    }
}

guint32
render_test_pixel (cairo_surface_t *surface,
                   int              x,
                   int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));

  return *(const guint32 *)(gconstpointer)(data + y * stride + x * 4);
}

guint
render_test_count_string (const char *haystack,
                          const char *needle)
{
  guint n = 0;
  gsize len = strlen (needle);

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + len, needle))
    n++;

  return n;
}

/* Whether @scene draws a text that starts with @needle (@prefix) or holds it anywhere. */
gboolean
render_test_scene_has_text (MlScene    *scene,
                            const char *needle,
                            gboolean    prefix)
{
  for (guint i = 0; i < scene->texts->len; i++)
    {
      const char *text = g_array_index (scene->texts, MlSceneText, i).text;

      if (prefix ? g_str_has_prefix (text, needle) : strstr (text, needle) != NULL)
        return TRUE;
    }

  return FALSE;
}
