/* ml-inspector.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The inspector tells everything about the thing selected in a view: for a heap object its
 * address, type, size, size class, span, colour and who points at it; for a variable where
 * it lives, its type and value.
 */

#define G_LOG_DOMAIN "memlab-inspector"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>

#include "ml-inspector.h"
#include "ml-narrator.h"
#include "ml-value.h"

struct _MlInspector
{
  AdwBin               parent_instance;

  AdwPreferencesPage  *page;
  AdwPreferencesGroup *group;
  AdwPreferencesGroup *referrers;
  AdwStatusPage       *empty;
  GtkStack            *stack;
  guint                n_rows;
  /* What the rows say, as "title: value" lines, for tests and copying. */
  GString             *text;
};

G_DEFINE_FINAL_TYPE (MlInspector, ml_inspector, ADW_TYPE_BIN)

static void
add_row (MlInspector         *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *value)
{
  GtkWidget *row = adw_action_row_new ();

  /* Values are Go text ("&{…}", "<nil>"), never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  adw_action_row_set_subtitle_selectable (ADW_ACTION_ROW (row), TRUE);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (group, row);
  self->n_rows++;
  g_string_append_printf (self->text, "%s: %s\n", title, value);
}

static void
add_row_printf (MlInspector         *self,
                AdwPreferencesGroup *group,
                const char          *title,
                const char          *format,
                ...) G_GNUC_PRINTF (4, 5);

static void
add_row_printf (MlInspector         *self,
                AdwPreferencesGroup *group,
                const char          *title,
                const char          *format,
                ...)
{
  g_autofree char *value = NULL;
  va_list args;

  va_start (args, format);
  value = g_strdup_vprintf (format, args);
  va_end (args);

  add_row (self, group, title, value);
}

static const char *
colour_name (guint8 colour)
{
  switch ((MlColour)colour)
    {
    case ML_COLOUR_WHITE:
      return _("White: not reached yet; garbage if marking ends like this");
    case ML_COLOUR_GREY:
      return _("Grey: reached, waiting to be scanned");
    case ML_COLOUR_BLACK:
      return _("Black: reached and scanned");
    case ML_COLOUR_FREED:
      return _("Freed by this cycle’s sweep");
    case ML_COLOUR_FREE:
    default:
      return _("Free slot");
    }
}

/* Each selection gets a page of its own; the old page goes with its groups and rows. */
static void
ml_inspector_reset (MlInspector *self)
{
  AdwPreferencesPage *old = self->page;

  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_page_add (self->page, self->group);
  self->referrers = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->referrers, _("Who points at it"));
  gtk_widget_set_visible (GTK_WIDGET (self->referrers), FALSE);
  adw_preferences_page_add (self->page, self->referrers);
  gtk_stack_add_child (self->stack, GTK_WIDGET (self->page));

  if (old != NULL)
    gtk_stack_remove (self->stack, GTK_WIDGET (old));

  self->n_rows = 0;
  g_string_truncate (self->text, 0);
}

static void
show_object (MlInspector *self,
             MlSnapshot  *snap,
             guint64      index)
{
  const MlSnapObject *object = &snap->objects[index];
  g_autoptr(MlNarrator) narrator = ml_narrator_new (snap);
  g_autofree char *name = ml_narrator_name_object (narrator, object->addr);
  guint n_referrers = 0;

  adw_preferences_group_set_title (self->group, name);
  adw_preferences_group_set_description (self->group, _("An object on the heap"));
  add_row_printf (self, self->group, _("Address"), "%#" PRIx64, object->addr);
  add_row (self, self->group, _("Type"),
           object->type != NULL ? object->type->name : _("tiny block (several small objects)"));
  add_row_printf (self, self->group, _("Size"),
                  g_dngettext (GETTEXT_PACKAGE, "%" PRIu64 " byte", "%" PRIu64 " bytes", object->size),
                  object->size);
  if (object->flags & ML_OBJECT_LARGE)
    add_row (self, self->group, _("Size class"), _("Large object: a span of its own"));
  else
    add_row_printf (self, self->group, _("Size class"), "%u", object->size_class);
  if (object->span < snap->n_spans)
    {
      const MlSnapSpan *span = &snap->spans[object->span];

      add_row_printf (self, self->group, _("Span"),
                      g_dngettext (GETTEXT_PACKAGE,
                                   "%#" PRIx64 ", %u page",
                                   "%#" PRIx64 ", %u pages", span->npages),
                      span->start, span->npages);
    }
  add_row (self, self->group, _("Colour"), colour_name (object->colour));
  if (object->flags & ML_OBJECT_HEADER)
    add_row (self, self->group, _("Malloc header"),
             _("8 bytes before the object say its type, as for every object over 512 bytes with pointers"));
  if (object->flags & ML_OBJECT_NOSCAN)
    add_row (self, self->group, _("Pointers"),
             _("None: the collector never scans it, it turns black at once"));

  gtk_widget_set_visible (GTK_WIDGET (self->referrers), TRUE);

  for (guint e = 0; e < snap->n_edges; e++)
    {
      const MlSnapEdge *edge = &snap->edges[e];

      if (edge->to == (gint64)index)
        {
          g_autofree char *from = ml_narrator_name_object (narrator, snap->objects[edge->from].addr);

          add_row_printf (self, self->referrers, from, _("a pointer at offset %" PRIu64), edge->offset);
          n_referrers++;
        }
    }

  for (guint s = 0; s < 2; s++)
    {
      const MlSnapSlot *slots = s == 0 ? snap->globals : snap->slots;
      guint n = s == 0 ? snap->n_globals : snap->n_slots;

      for (guint i = 0; i < n; i++)
        if (slots[i].target == (gint64)index)
          {
            add_row (self, self->referrers, slots[i].name,
                     s == 0 ? _("a package variable") : _("a variable on the stack"));
            n_referrers++;
          }
    }

  if (n_referrers == 0)
    add_row (self, self->referrers, _("Nothing"),
             _("No variable and no object points at it: it is garbage"));
}

static void
show_slot (MlInspector      *self,
           MlSnapshot       *snap,
           const MlSnapSlot *slot,
           gboolean          global)
{
  g_autofree char *value = NULL;

  adw_preferences_group_set_title (self->group, slot->name);
  add_row (self, self->group, _("Lives in"),
           global ? _("the data segment: a package variable lives as long as the program")
                  : _("its function’s frame on the stack: it lives until the function returns"));
  add_row_printf (self, self->group, _("Address"), "%#" PRIx64, slot->addr);
  if (slot->type != NULL)
    {
      add_row (self, self->group, _("Type"), slot->type->name);
      add_row_printf (self, self->group, _("Size"),
                      g_dngettext (GETTEXT_PACKAGE, "%" PRIu64 " byte", "%" PRIu64 " bytes", slot->type->size),
                      slot->type->size);
      if (slot->value_offset + slot->type->size <= snap->n_values)
        {
          value = ml_value_format (snap, slot->type, snap->values + slot->value_offset);
          add_row (self, self->group, _("Value"), value);
        }
    }
}

/**
 * ml_inspector_show:
 * @snapshot: (nullable): the step shown
 * @hit: (nullable): the thing to describe
 */
void
ml_inspector_show (MlInspector *self,
                   MlSnapshot  *snapshot,
                   const MlHit *hit)
{
  g_return_if_fail (ML_IS_INSPECTOR (self));

  ml_inspector_reset (self);

  if (snapshot == NULL || hit == NULL || hit->kind == ML_HIT_NONE)
    {
      gtk_stack_set_visible_child (self->stack, GTK_WIDGET (self->empty));
      return;
    }

  switch (hit->kind)
    {
    case ML_HIT_OBJECT:
      if (hit->index < snapshot->n_objects)
        show_object (self, snapshot, hit->index);
      break;

    case ML_HIT_SLOT:
      if (hit->index < snapshot->n_slots)
        show_slot (self, snapshot, &snapshot->slots[hit->index], FALSE);
      break;

    case ML_HIT_GLOBAL:
      if (hit->index < snapshot->n_globals)
        show_slot (self, snapshot, &snapshot->globals[hit->index], TRUE);
      break;

    case ML_HIT_SPAN:
      if (hit->index < snapshot->n_spans)
        {
          const MlSnapSpan *span = &snapshot->spans[hit->index];

          adw_preferences_group_set_title (self->group, _("Span"));
          add_row_printf (self, self->group, _("Address"), "%#" PRIx64, span->start);
          add_row_printf (self, self->group, _("Pages"), "%u", span->npages);
          add_row_printf (self, self->group, _("Size class"), "%u", span->size_class);
          add_row_printf (self, self->group, _("Slots"), "%u × %" PRIu64, span->nelems, span->elemsize);
          add_row (self, self->group, _("Pointers"),
                   span->noscan ? _("No: noscan span") : _("Yes: scan span"));
        }
      break;

    case ML_HIT_SEGMENT:
      if (hit->index < snapshot->n_segments)
        {
          const MlSnapSegment *segment = &snapshot->segments[hit->index];

          adw_preferences_group_set_title (self->group, segment->name);
          add_row_printf (self, self->group, _("From"), "%#" PRIx64, segment->start);
          add_row_printf (self, self->group, _("To"), "%#" PRIx64, segment->start + segment->size);
          add_row_printf (self, self->group, _("Size"),
                          g_dngettext (GETTEXT_PACKAGE, "%" PRIu64 " byte", "%" PRIu64 " bytes", segment->size),
                          segment->size);
          add_row_printf (self, self->group, _("In use"),
                          g_dngettext (GETTEXT_PACKAGE, "%" PRIu64 " byte", "%" PRIu64 " bytes", segment->used),
                          segment->used);
        }
      break;

    case ML_HIT_FRAME:
    case ML_HIT_GOROUTINE:
    case ML_HIT_STRING:
    case ML_HIT_CYCLE:
    case ML_HIT_STEP:
    case ML_HIT_GROUP:
    case ML_HIT_NONE:
    default:
      adw_preferences_group_set_title (self->group, _("Selection"));
      add_row_printf (self, self->group, _("Address"), "%#" PRIx64, hit->address);
      break;
    }

  gtk_stack_set_visible_child (self->stack, GTK_WIDGET (self->page));
}

guint
ml_inspector_get_n_rows (MlInspector *self)
{
  g_return_val_if_fail (ML_IS_INSPECTOR (self), 0);

  return self->n_rows;
}

/**
 * ml_inspector_get_text:
 *
 * Returns: (transfer full): what the inspector shows, as text lines "title: value"
 */
char *
ml_inspector_get_text (MlInspector *self)
{
  g_return_val_if_fail (ML_IS_INSPECTOR (self), NULL);

  return g_strdup (self->text->str);
}

static void
ml_inspector_finalize (GObject *object)
{
  MlInspector *self = ML_INSPECTOR (object);

  g_string_free (self->text, TRUE);

  G_OBJECT_CLASS (ml_inspector_parent_class)->finalize (object);
}

static void
ml_inspector_class_init (MlInspectorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ml_inspector_finalize;
}

static void
ml_inspector_init (MlInspector *self)
{
  self->text = g_string_new (NULL);
  self->stack = GTK_STACK (gtk_stack_new ());
  self->empty = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->empty, "find-location-symbolic");
  adw_status_page_set_title (self->empty, _("Nothing Selected"));
  adw_status_page_set_description (self->empty, _("Click a variable or an object in the diagram to see where it lives and why."));
  gtk_widget_add_css_class (GTK_WIDGET (self->empty), "compact");
  gtk_stack_add_child (self->stack, GTK_WIDGET (self->empty));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
  ml_inspector_reset (self);
}

GtkWidget *
ml_inspector_new (void)
{
  return g_object_new (ML_TYPE_INSPECTOR, NULL);
}
